#include "WorkspaceColumns.h"

#include <QLocale>

namespace billing {
namespace {
using Model = WorkspaceTableModel;

// Decimal digits as a number (the IDs are at most 19 digits); -1 for none.
qint64 digitsKey(const QString &text)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (const QChar c : text) {
        if (!c.isDigit())
            return -1;
        value = value * 10 + c.digitValue();
    }
    return value;
}

// Up to 8 ASCII characters packed big-endian: integer order is the codes' text order.
qint64 codeKey(const QString &code)
{
    quint64 key = 0;
    for (int i = 0; i < 8; ++i)
        key = (key << 8) | (i < code.size() ? quint8(code.at(i).unicode()) : 0);
    return qint64(key >> 1);
}

QString formatTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

// A local time whose short format is about as wide as any.
QDateTime sampleTime()
{
    return QDateTime(QDate(2026, 12, 28), QTime(22, 48, 48));
}

QStringList sampleTimes()
{
    return {QLocale().toString(sampleTime(), QLocale::ShortFormat)};
}

template <QString Workspace::*field> QVariant text(const Model &model, int row)
{
    return model.workspace(row).*field;
}

template <QString Settlement::*field> QVariant settlementText(const Model &model, int row)
{
    return model.workspace(row).settlement.*field;
}

template <QString Workspace::*field> qint64 codeKeyOf(const Model &model, int row, qint64)
{
    return codeKey(model.workspace(row).*field);
}

template <QString Settlement::*field> qint64 digitsKeyOf(const Model &model, int row, qint64)
{
    return digitsKey(model.workspace(row).settlement.*field);
}

const StagedChange *stagedChangeOf(const Model &model, int row)
{
    const StagedChanges *staged = model.stagedChanges();
    return staged ? staged->find(model.workspace(row).id) : nullptr;
}

QVariant stagedDisplay(const Model &model, int row)
{
    const StagedChange *change = stagedChangeOf(model, row);
    return change ? model.stagedText(*change) : QString();
}
} // namespace

constexpr std::array<WorkspaceColumn, Model::ColumnCount> workspaceColumns{{
    {Model::NameColumn, QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Name"),
     text<&Workspace::name>, text<&Workspace::name>, nullptr, nullptr,
     [] {
         return QStringList{QStringLiteral("billing-observability-00000")};
     }},
    {Model::SiteColumn, QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Site"),
     text<&Workspace::site>, text<&Workspace::site>, nullptr, codeKeyOf<&Workspace::site>, nullptr},
    {Model::LanguageColumn, QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Language"),
     [](const Model &m, int row) -> QVariant {
         const QString &language = m.workspace(row).language;
         return language == u"zh"
                    ? WorkspaceTableModel::tr("Chinese")
                    : (language == u"en" ? WorkspaceTableModel::tr("English") : language);
     },
     text<&Workspace::language>, nullptr, codeKeyOf<&Workspace::language>, nullptr},
    {Model::MethodColumn, QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Settlement method"),
     [](const Model &m, int row) -> QVariant {
         return displayName(m.workspace(row).settlement.method);
     },
     [](const Model &m, int row) -> QVariant { return toWire(m.workspace(row).settlement.method); },
     nullptr,
     [](const Model &m, int row, qint64) { return qint64(m.workspace(row).settlement.method); },
     [] {
         QStringList names;
         for (SettlementMethod method : allSettlementMethods())
             names << displayName(method);
         return names;
     }},
    {Model::AliyunAccountIdColumn,
     QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Alibaba Cloud Account ID"),
     settlementText<&Settlement::aliyunAccountId>, settlementText<&Settlement::aliyunAccountId>,
     nullptr, digitsKeyOf<&Settlement::aliyunAccountId>,
     [] {
         return QStringList{QStringLiteral("0000000000000000")};
     }},
    {Model::InstanceIdColumn, QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Instance ID"),
     settlementText<&Settlement::instanceId>, settlementText<&Settlement::instanceId>, nullptr,
     digitsKeyOf<&Settlement::instanceId>,
     [] {
         return QStringList{QStringLiteral("0000000000")};
     }},
    {Model::StatusColumn, QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Status"),
     [](const Model &m, int row) -> QVariant {
         const Workspace &ws = m.workspace(row);
         return Model::statusText(ws.status, ws.lockAt, m.now());
     },
     [](const Model &m, int row) -> QVariant {
         return toWire(m.rowIndex().status(row, m.now().toMSecsSinceEpoch()));
     },
     nullptr,
     [](const Model &m, int row, qint64 nowMs) {
         const WorkspaceRowIndex &index = m.rowIndex();
         return qint64(index.status(row, nowMs)) * 10'000'000'000'000
                + std::max<qint64>(index.lockAtMs(row), 0);
     },
     [] {
         const QDateTime time = sampleTime();
         return QStringList{
             Model::statusText(WorkspaceStatus::LockPending, time.addDays(14), time)};
     }},
    {Model::SettledSinceColumn, QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Settled since"),
     [](const Model &m, int row) -> QVariant {
         const QDateTime &since = m.workspace(row).settlement.since;
         return since.isValid() ? formatTime(since) : QString();
     },
     [](const Model &m, int row) -> QVariant { return m.workspace(row).settlement.since; }, nullptr,
     [](const Model &m, int row, qint64) { return m.rowIndex().sinceMs(row); }, sampleTimes},
    {Model::NextChangeColumn,
     QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Next change allowed"),
     [](const Model &m, int row) -> QVariant {
         const QDateTime &next = m.workspace(row).nextChangeAllowedAt;
         return next.isValid() && next > m.now() ? formatTime(next)
                                                 : WorkspaceTableModel::tr("now");
     },
     [](const Model &m, int row) -> QVariant { return m.workspace(row).nextChangeAllowedAt; },
     nullptr, [](const Model &m, int row, qint64) { return m.rowIndex().nextChangeMs(row); },
     sampleTimes},
    {Model::StagedColumn, QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Staged change"),
     stagedDisplay,
     [](const Model &m, int row) -> QVariant {
         const int state = m.stagedState(row);
         return state < 0 ? QVariant() : QVariant(toWire(StagedState(state)));
     },
     [](const Model &m, int row) -> QVariant {
         const StagedChange *change = stagedChangeOf(m, row);
         if (change && change->state == StagedState::Rejected)
             return change->error.message;
         return stagedDisplay(m, row);
     },
     [](const Model &m, int row, qint64) { return qint64(m.stagedState(row)) + 1; },
     [] {
         return QStringList{displayName(SettlementMethod::BillingCenter) + QStringLiteral(" → ")
                            + displayName(SettlementMethod::Aws)};
     }},
}};

namespace {
constexpr bool inColumnOrder()
{
    for (size_t i = 0; i < workspaceColumns.size(); ++i) {
        if (workspaceColumns[i].column != Model::Column(i))
            return false;
    }
    return true;
}
static_assert(inColumnOrder(), "workspaceColumns lists the columns in Column order");
} // namespace

} // namespace billing
