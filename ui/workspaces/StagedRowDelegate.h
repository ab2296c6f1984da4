#pragma once

#include <QStyledItemDelegate>

namespace billing {

class StagedChanges;

// Tints a row by the state of its staged change (staged, applying, applied, rejected) and
// gives a rejected row the server's reason, translated, as its tooltip on every cell.
class StagedRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit StagedRowDelegate(const StagedChanges &staged, QObject *parent = nullptr);

    // The tint of a row in `state` (int(StagedState)); invalid for -1.
    static QColor tint(int state);
    // The tooltip of a row: the rejection reason, or empty to keep the cell's own tooltip.
    QString rejectionTooltip(const QModelIndex &index) const;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    const StagedChanges &m_staged;
};

} // namespace billing
