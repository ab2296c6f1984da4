#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace billing {

struct MonthStatement;

// A month's total and its totals by payer (the wallet, each marketplace instance with the
// push status of its lines), by item and by site.
class StatementSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit StatementSummaryView(QWidget *parent = nullptr);

    void showStatement(const MonthStatement &statement);
    void clear();
    // The marketplace's last refusal for a payer ("aliyun:6227091"), shown in its status
    // tooltip.
    void setPushReason(const QString &payerKey, const QString &reason);

    QLabel *totalLabel() const { return m_total; }
    QTreeWidget *payerTree() const { return m_payers; }
    QTreeWidget *itemTree() const { return m_items; }
    QTreeWidget *siteTree() const { return m_sites; }

private:
    QTreeWidget *makeTree(const QString &objectName, const QString &accessibleName,
                          const QStringList &headers);
    void updateStatusTips();

    QLabel *m_total;
    QTreeWidget *m_payers;
    QTreeWidget *m_items;
    QTreeWidget *m_sites;
    QHash<QString, QString> m_reasons;
};

} // namespace billing
