#pragma once

#include "ActivityQuery.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace billing {

// The Activity tab's filters: the period (first and last day), the workspace (ID or a part
// of its name), who (everyone, users, one user, marketplaces, one marketplace, the system)
// and the kind of event; and Refresh.
class ActivityFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityFilterBar(QWidget *parent = nullptr);

    ActivityQuery query() const;
    // Shows these filters (an actor not listed yet is added to the list).
    void setQuery(const ActivityQuery &query);
    // The user names "Who" offers besides every user; the chosen one stays chosen.
    void addUserNames(const QStringList &names);

Q_SIGNALS:
    // The user changed a filter.
    void changed();
    void refreshRequested();

private:
    void fillActors();
    static void selectData(QComboBox *box, const QString &value);

    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_workspace;
    QComboBox *m_actor;
    QComboBox *m_event;
    QPushButton *m_refresh;
    QStringList m_userNames;
};

} // namespace billing
