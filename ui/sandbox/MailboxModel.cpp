#include "MailboxModel.h"

#include <QLocale>

namespace billing {

MailboxModel::MailboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MailboxModel::setMails(const QList<Notification> &mails)
{
    beginResetModel();
    m_mails = mails;
    endResetModel();
}

int MailboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_mails.size());
}

int MailboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &mail = m_mails.at(index.row());
    if (role == BodyRole)
        return mail.body;
    if (role == SortRole) {
        switch (index.column()) {
        case TimeColumn:
            return mail.createdAt;
        case ToColumn:
            return mail.to.toLower();
        case SubjectColumn:
            return mail.subject.toLower();
        }
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(mail.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ToColumn:
        return mail.to;
    case SubjectColumn:
        return mail.subject;
    }
    return {};
}

QVariant MailboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ToColumn:
        return tr("To");
    case SubjectColumn:
        return tr("Subject");
    }
    return {};
}

} // namespace billing
