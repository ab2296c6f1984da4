#pragma once

#include "Notification.h"

#include <QAbstractTableModel>
#include <QList>

namespace billing {

// The mails of the sandbox mailbox, newest first, one row each.
class MailboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum ModelColumn { TimeColumn, ToColumn, SubjectColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, BodyRole };

    explicit MailboxModel(QObject *parent = nullptr);

    void setMails(const QList<Notification> &mails);
    const QList<Notification> &mails() const { return m_mails; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Notification> m_mails;
};

} // namespace billing
