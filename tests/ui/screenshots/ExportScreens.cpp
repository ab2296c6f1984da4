// Export and plan import: the export dialog on offline data, a plan with problems, and the
// activity export on the offline copy, the bill export on a month's offline copy.
#include "ActivityCache.h"
#include "ActivityExportDialog.h"
#include "BillCache.h"
#include "BillExportDialog.h"
#include "ExportDialog.h"
#include "PlanImportDialog.h"
#include "ScreenCatalog.h"

#include <QDir>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>

namespace billing::test {
namespace {
Workspace workspace(int n, const QString &name, const QString &site, SettlementMethod method)
{
    Workspace ws;
    ws.id =
        QStringLiteral("ws_%1").arg(0xa1b2c3d400000000ull + quint64(n), 16, 16, QLatin1Char('0'));
    ws.name = name;
    ws.site = site;
    ws.language = n % 2 ? QStringLiteral("en") : QStringLiteral("zh");
    ws.settlement.method = method;
    if (method == SettlementMethod::Aliyun) {
        ws.settlement.aliyunAccountId = QStringLiteral("1234567890123456");
        ws.settlement.instanceId = QString::number(6227090 + n);
    } else if (method == SettlementMethod::Huawei) {
        ws.settlement.huaweiAccountId = QStringLiteral("0a1b2c3d4e5f60718293a4b5c6d7e8f9");
        ws.settlement.instanceId = QStringLiteral("hw0123456789abcdef0123");
    } else if (method == SettlementMethod::Aws) {
        ws.settlement.subscriptionId = QStringLiteral("aws-0123456789abcdef0123");
    }
    ws.version = 3;
    return ws;
}

QList<Workspace> demoWorkspaces()
{
    return {
        workspace(1, QStringLiteral("Sales, EMEA"), QStringLiteral("cn1"),
                  SettlementMethod::Aliyun),
        workspace(2, QStringLiteral("生产环境-可观测性"), QStringLiteral("cn1"),
                  SettlementMethod::BillingCenter),
        workspace(3, QStringLiteral("payments-prod"), QStringLiteral("us1"), SettlementMethod::Aws),
        workspace(4, QStringLiteral("search-staging"), QStringLiteral("eu1"),
                  SettlementMethod::BillingCenter),
        workspace(5, QStringLiteral("edge-metrics"), QStringLiteral("cn4"),
                  SettlementMethod::Huawei)};
}

// A temporary folder the screen context can own until the picture is taken.
struct OwnedDir : QObject {
    QTemporaryDir dir;
};

// A copy of the activity synced two hours ago with a few events of the last days.
bool writeActivityCopy(const QString &directory, const QUrl &server, const QString &username)
{
    const QDateTime now =
        QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    QList<SettlementEvent> events;
    for (int n = 0; n < 12; ++n) {
        SettlementEvent event;
        event.id = QStringLiteral("ev_%1").arg(n, 12, 10, QLatin1Char('0'));
        event.workspaceId = demoWorkspaces().at(n % 5).id;
        event.workspaceName = demoWorkspaces().at(n % 5).name;
        event.at = now.addSecs(-3 * 3600 - n * 7200);
        event.event = EventKind::SettlementChanged;
        event.actor = EventActor::ofMarketplace(QStringLiteral("aliyun"));
        event.reason = EventReason::SubscriptionReleased;
        events.append(event);
    }
    AuditFilter read;
    read.since = now.addDays(-30);
    read.until = now.addSecs(-2 * 3600 - 300);
    return ActivityCache(directory, server, username).record(read, events, read.until);
}

// A copy of November 2026's bill synced five hours ago: a few days of lines.
bool writeBillCopy(const QString &directory, const QUrl &server, const QString &username)
{
    QList<BillLine> lines;
    for (int day = 1; day <= 5; ++day) {
        for (const Workspace &ws : demoWorkspaces().mid(0, 2)) {
            BillLine line;
            line.id = QStringLiteral("bl_%1").arg(lines.size(), 0, 16);
            line.day = QDate(2026, 11, day);
            line.workspaceId = ws.id;
            line.workspaceName = ws.name;
            line.site = ws.site;
            line.item = QStringLiteral("logs");
            line.quantity = QStringLiteral("6000");
            line.unit = 1000000;
            line.unitPrice = QStringLiteral("1.20");
            line.currency = QStringLiteral("CNY");
            line.amountCents = 720;
            line.payerMethod = ws.settlement.method;
            line.payerInstanceId = ws.settlement.instanceId;
            line.status = ws.settlement.instanceId.isEmpty() ? BillLineStatus::Charged
                                                             : BillLineStatus::Pushed;
            lines.append(line);
        }
    }
    const QDateTime syncedAt = QDateTime::currentDateTimeUtc().addSecs(-5 * 3600 - 120);
    return BillCache(directory, server, username, QStringLiteral("2026-11")).save(lines, syncedAt);
}

template <typename T> T *shown(ScreenContext &context, std::unique_ptr<T> dialog)
{
    T *raw = context.own(std::move(dialog));
    raw->show();
    if (!QTest::qWaitForWindowExposed(raw))
        context.error = QStringLiteral("the dialog was not exposed");
    return raw;
}
// The import dialog reading `bytes` as a plan file, once it has read it.
QWidget *planImportScreen(ScreenContext &context, const QByteArray &bytes)
{
    auto *file = context.own(
        std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/plan-XXXXXX.csv")));
    if (!file->open()) {
        context.error = QStringLiteral("cannot write the plan file");
        return nullptr;
    }
    file->write(bytes);
    file->flush();
    auto *dialog =
        shown(context, std::make_unique<PlanImportDialog>(file->fileName(), demoWorkspaces()));
    if (dialog && !QTest::qWaitFor([dialog] { return !dialog->isReading(); }, 30000))
        context.error = QStringLiteral("the plan was not read");
    return dialog;
}
} // namespace

void addExportScreens(ScreenCatalog &catalog)
{
    catalog.add(QStringLiteral("export-dialog"), [](ScreenContext &context) -> QWidget * {
        ExportSources sources;
        sources.all = demoWorkspaces();
        sources.selection = sources.all.mid(0, 2);
        sources.server = QUrl(QStringLiteral("https://billing.example.com"));
        sources.username = QStringLiteral("demo");
        sources.syncedAt = QDateTime::currentDateTimeUtc().addSecs(-2 * 3600 - 300);
        sources.fromCache = true;
        auto *dialog = shown(context, std::make_unique<ExportDialog>(sources));
        dialog->setScope(ExportDialog::Scope::Selection);
        dialog->setFormat(ExportFormat::Csv);
        dialog->setPath(QStringLiteral("/home/demo/Documents/workspaces.csv"));
        return dialog;
    });

    catalog.add(QStringLiteral("activity-export-offline"), [](ScreenContext &context) -> QWidget * {
        const QString cache = context.own(std::make_unique<OwnedDir>())->dir.path();
        const QUrl server(QStringLiteral("https://billing.example.com"));
        if (!writeActivityCopy(cache, server, QStringLiteral("demo"))) {
            context.error = QStringLiteral("cannot write the activity copy");
            return nullptr;
        }
        auto *controller =
            new ActivityExportController(nullptr, cache, server, QStringLiteral("demo"));
        auto *dialog = shown(context, std::make_unique<ActivityExportDialog>(controller));
        dialog->setPath(QStringLiteral("/home/demo/Documents/activity-2026-11.csv"));
        return dialog;
    });

    catalog.add(QStringLiteral("activity-export-no-copy"), [](ScreenContext &context) -> QWidget * {
        const QString cache = context.own(std::make_unique<OwnedDir>())->dir.path();
        auto *controller = new ActivityExportController(
            nullptr, cache, QUrl(QStringLiteral("https://billing.example.com")),
            QStringLiteral("demo"));
        auto *dialog = shown(context, std::make_unique<ActivityExportDialog>(controller));
        dialog->setPath(QStringLiteral("/home/demo/Documents/activity.json"));
        dialog->setFormat(ExportFormat::Json);
        return dialog;
    });

    catalog.add(QStringLiteral("bill-export-offline"), [](ScreenContext &context) -> QWidget * {
        const QString cache = context.own(std::make_unique<OwnedDir>())->dir.path();
        const QUrl server(QStringLiteral("https://billing.example.com"));
        if (!writeBillCopy(cache, server, QStringLiteral("demo"))) {
            context.error = QStringLiteral("cannot write the bill copy");
            return nullptr;
        }
        auto *controller = new BillExportController(nullptr, cache, server, QStringLiteral("demo"));
        auto *dialog = shown(context, std::make_unique<BillExportDialog>(controller));
        dialog->setMonth(QDate(2026, 11, 1));
        dialog->setGrouping(BillGrouping::Workspace);
        dialog->setPath(QStringLiteral("/home/demo/Documents/bill-2026-11.csv"));
        return dialog;
    });

    catalog.add(QStringLiteral("bill-export-no-copy"), [](ScreenContext &context) -> QWidget * {
        const QString cache = context.own(std::make_unique<OwnedDir>())->dir.path();
        auto *controller = new BillExportController(
            nullptr, cache, QUrl(QStringLiteral("https://billing.example.com")),
            QStringLiteral("demo"));
        auto *dialog = shown(context, std::make_unique<BillExportDialog>(controller));
        dialog->setMonth(QDate(2026, 10, 1));
        dialog->setFormat(BillFormat::Json);
        dialog->setPath(QStringLiteral("/home/demo/Documents/bill-2026-10.json"));
        return dialog;
    });

    // Issue 21: the Excel format chosen; the file's suffix follows it.
    catalog.add(QStringLiteral("export-dialog-xlsx"), [](ScreenContext &context) -> QWidget * {
        ExportSources sources;
        sources.all = demoWorkspaces();
        sources.server = QUrl(QStringLiteral("https://billing.example.com"));
        sources.username = QStringLiteral("demo");
        sources.syncedAt = QDateTime::currentDateTimeUtc().addSecs(-300);
        auto *dialog = shown(context, std::make_unique<ExportDialog>(sources));
        dialog->setScope(ExportDialog::Scope::All);
        dialog->setFormat(ExportFormat::Xlsx);
        dialog->setPath(QStringLiteral("/home/demo/Documents/workspaces.xlsx"));
        return dialog;
    });

    // Issue 21: a plan saved by Excel on Chinese Windows with a European list separator:
    // GB18030 and ';'. The summary says how the file was read.
    catalog.add(QStringLiteral("plan-import-gb18030"), [](ScreenContext &context) -> QWidget * {
        const QList<Workspace> current = demoWorkspaces();
        QString csv = QStringLiteral("id;name;site;language;method;aliyun_account_id;"
                                     "instance_id;status\r\n");
        const auto row = [&](int i, const QString &rest) {
            csv += current.at(i).id + u';' + rest + QStringLiteral("\r\n");
        };
        row(0, QStringLiteral("生产环境-可观测性;cn1;zh;aliyun;1234567890123456;6227099;active"));
        row(1, QStringLiteral("支付-生产;cn1;zh;billing_center;;;active"));
        row(2, QStringLiteral("payments-prod;us1;en;azure;;;active"));
        QStringEncoder gb18030("GB18030");
        return planImportScreen(context, gb18030.encode(csv));
    });

    catalog.add(QStringLiteral("plan-import-errors"), [](ScreenContext &context) -> QWidget * {
        const QList<Workspace> current = demoWorkspaces();
        QByteArray csv = "id,name,site,language,method,aliyun_account_id,instance_id,status\r\n";
        const auto row = [&](int i, const QByteArray &rest) {
            csv += current.at(i).id.toUtf8() + ',' + rest + "\r\n";
        };
        row(0, "\"Sales, EMEA\",cn1,en,aliyun,1234567890123456,6227099,active");
        row(1, "生产环境-可观测性,cn1,zh,aliyun,12345678,6227092,active");
        row(2, "payments-prod,us1,en,azure,,,active");
        row(3, "search-staging,cn1,zh,billing_center,,,active");
        row(4, "edge-metrics,cn4,zh,paypal,,,active");
        csv += "ws_00000000000000ff,old,cn1,en,billing_center,,,active\r\n";
        return planImportScreen(context, csv);
    });
}

} // namespace billing::test
