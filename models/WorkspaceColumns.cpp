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

template <QString (Settlement::*binding)() const> QVariant bindingText(const Model &model, int row)
{
    return (model.workspace(row).settlement.*binding)();
}

template <QString Workspace::*field> qint64 codeKeyOf(const Model &model, int row, qint64)
{
    return codeKey(model.workspace(row).*field);
}

template <QString (Settlement::*binding)() const>
qint64 bindingDigitsKey(const Model &model, int row, qint64)
{
    return digitsKey((model.workspace(row).settlement.*binding)());
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
    {.column = Model::NameColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Name"),
     .display = text<&Workspace::name>,
     .raw = text<&Workspace::name>,
     .widthSamples =
         [] {
             return QStringList{QStringLiteral("billing-observability-00000")};
         }},
    {.column = Model::SiteColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Site"),
     .display = text<&Workspace::site>,
     .raw = text<&Workspace::site>,
     .key = codeKeyOf<&Workspace::site>},
    {.column = Model::LanguageColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Language"),
     .display = [](const Model &m, int row) -> QVariant {
         const QString &language = m.workspace(row).language;
         return language == u"zh"
                    ? WorkspaceTableModel::tr("Chinese")
                    : (language == u"en" ? WorkspaceTableModel::tr("English") : language);
     },
     .raw = text<&Workspace::language>,
     .key = codeKeyOf<&Workspace::language>},
    {.column = Model::MethodColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Settlement method"),
     .display = [](const Model &m, int row) -> QVariant {
         return displayName(m.workspace(row).settlement.method);
     },
     .raw = [](const Model &m, int row) -> QVariant {
         return toWire(m.workspace(row).settlement.method);
     },
     .key = [](const Model &m, int row,
               qint64) { return qint64(m.workspace(row).settlement.method); },
     .widthSamples =
         [] {
             QStringList names;
             for (SettlementMethod method : allSettlementMethods())
                 names << displayName(method);
             return names;
         }},
    // Alibaba Cloud and Huawei Cloud name an account; AWS and Azure a claimed subscription.
    {.column = Model::MarketplaceAccountColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Cloud Account ID"),
     .display = bindingText<&Settlement::marketplaceAccount>,
     .raw = bindingText<&Settlement::marketplaceAccount>,
     .key = bindingDigitsKey<&Settlement::marketplaceAccount>,
     .widthSamples =
         [] {
             return QStringList{QStringLiteral("0000000000000000")};
         }},
    {.column = Model::SubscriptionColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Instance / Subscription ID"),
     .display = bindingText<&Settlement::subscription>,
     .raw = bindingText<&Settlement::subscription>,
     .key = bindingDigitsKey<&Settlement::subscription>,
     .widthSamples =
         [] {
             return QStringList{QStringLiteral("0000000000")};
         }},
    {.column = Model::StatusColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Status"),
     .display = [](const Model &m, int row) -> QVariant {
         const Workspace &ws = m.workspace(row);
         return Model::statusText(ws.status, ws.lockAt, m.now());
     },
     .raw = [](const Model &m, int row) -> QVariant {
         return toWire(m.rowIndex().status(row, m.now().toMSecsSinceEpoch()));
     },
     .key =
         [](const Model &m, int row, qint64 nowMs) {
             const WorkspaceRowIndex &index = m.rowIndex();
             return qint64(index.status(row, nowMs)) * 10'000'000'000'000
                    + std::max<qint64>(index.lockAtMs(row), 0);
         },
     .widthSamples =
         [] {
             const QDateTime time = sampleTime();
             return QStringList{
                 Model::statusText(WorkspaceStatus::LockPending, time.addDays(14), time)};
         }},
    {.column = Model::SettledSinceColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Settled since"),
     .display = [](const Model &m, int row) -> QVariant {
         const QDateTime &since = m.workspace(row).settlement.since;
         return since.isValid() ? formatTime(since) : QString();
     },
     .raw = [](const Model &m, int row) -> QVariant { return m.workspace(row).settlement.since; },
     .key = [](const Model &m, int row, qint64) { return m.rowIndex().sinceMs(row); },
     .widthSamples = sampleTimes},
    {.column = Model::NextChangeColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Next change allowed"),
     .display = [](const Model &m, int row) -> QVariant {
         const QDateTime &next = m.workspace(row).nextChangeAllowedAt;
         return next.isValid() && next > m.now() ? formatTime(next)
                                                 : WorkspaceTableModel::tr("now");
     },
     .raw = [](const Model &m, int row) -> QVariant {
         return m.workspace(row).nextChangeAllowedAt;
     },
     .key = [](const Model &m, int row, qint64) { return m.rowIndex().nextChangeMs(row); },
     .widthSamples = sampleTimes},
    {.column = Model::StagedColumn,
     .header = QT_TRANSLATE_NOOP("billing::WorkspaceTableModel", "Staged change"),
     .display = stagedDisplay,
     .raw = [](const Model &m, int row) -> QVariant {
         const int state = m.stagedState(row);
         return state < 0 ? QVariant() : QVariant(toWire(StagedState(state)));
     },
     .toolTip = [](const Model &m, int row) -> QVariant {
         const StagedChange *change = stagedChangeOf(m, row);
         if (change && change->state == StagedState::Rejected)
             return change->error.message;
         return stagedDisplay(m, row);
     },
     .key = [](const Model &m, int row, qint64) { return qint64(m.stagedState(row)) + 1; },
     .widthSamples =
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
