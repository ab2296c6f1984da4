// billing-desk-screenshots --out DIR --lang en|zh_CN [--only NAME...]
// Starts the real sandbox billing-center, brings every screen of the catalog into its state
// and writes DIR/<lang>/<name>.png with QWidget::grab(). Run under QT_QPA_PLATFORM=offscreen.
#include "RegistrationFixture.h"
#include "ScreenCatalog.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTest>

#include <cstdio>

using namespace billing;
using namespace billing::test;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("billing-desk-screenshots"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Output folder."),
                                 QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("en or zh_CN."),
                                  QStringLiteral("language"), QStringLiteral("en"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Just this screen."),
                                  QStringLiteral("name"));
    const QCommandLineOption dump(QStringLiteral("dump-geometry"),
                                  QStringLiteral("Print where each named widget ended up."));
    parser.addOptions({out, lang, only, dump});
    parser.process(app);
    if (!parser.isSet(out))
        parser.showHelp(2);

    const QString language = Translations::normalise(parser.value(lang));
    if (language.isEmpty() || !Translations::install(language, {QStringLiteral(BILLING_QM_DIR)})) {
        std::fprintf(stderr, "no translation for %s\n", qPrintable(parser.value(lang)));
        return 2;
    }
    QApplication::setApplicationDisplayName(
        QApplication::translate("billing::DesktopApplication", "Billing Desk"));
    const QDir dir(QDir(parser.value(out)).filePath(language));
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(dir.path()));
        return 2;
    }

    RegistrationFixture fixture;
    if (!fixture.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(fixture.error()));
        return 1;
    }
    ScreenCatalog catalog;
    addRegistrationScreens(catalog);
    addLoginScreens(catalog);
    addMainWindowScreens(catalog);
    addSettlementDialogScreens(catalog);
    addExportScreens(catalog);
    addPreferencesScreens(catalog);
    addPanesScreens(catalog);
    addActivityScreens(catalog);
    addCostsScreens(catalog);
    addClaimScreens(catalog);
    addSandboxScreens(catalog);

    int failures = 0;
    const QStringList wanted = parser.values(only);
    for (const Screen &screen : catalog.screens()) {
        if (!wanted.isEmpty() && !wanted.contains(screen.name))
            continue;
        ScreenContext context{fixture, {}, {}};
        QWidget *window = screen.show(context);
        if (window && !QTest::qWaitForWindowExposed(window))
            context.error = QStringLiteral("the window was not exposed");
        QTest::qWait(50); // let queued layout and style updates land
        const QString path = dir.filePath(screen.name + QStringLiteral(".png"));
        if (!window || !context.error.isEmpty() || !window->grab().save(path)) {
            std::fprintf(stderr, "FAIL %s: %s\n", qPrintable(screen.name),
                         qPrintable(context.error.isEmpty() ? QStringLiteral("cannot save")
                                                            : context.error));
            ++failures;
            continue;
        }
        std::printf("%s\n", qPrintable(path));
        if (parser.isSet(dump)) {
            const auto all = window->findChildren<QWidget *>();
            for (QWidget *w : all) {
                if (!w->isVisible() || w->objectName().isEmpty())
                    continue;
                const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
                std::printf("  %s %d,%d %dx%d hint %dx%d\n", qPrintable(w->objectName()), r.x(),
                            r.y(), r.width(), r.height(), w->sizeHint().width(),
                            w->sizeHint().height());
            }
        }
    }
    return failures == 0 ? 0 : 1;
}
