// The main window with the keyboard alone and a screen reader, against the real sandbox
// billing-center: every input of the filter bar, the table, the details pane and the status
// bar is named and reached with Tab; rows are selected with the arrow keys, Shift+arrow and
// Ctrl+A, and Ctrl+E opens Change settlement.
#include "AccessibilityWalk.h"
#include "ChangeSettlementDialog.h"
#include "MainWindow.h"
#include "MainWindowFixture.h"
#include "ShownMainWindow.h"

#include <QAccessible>
#include <QApplication>
#include <QItemSelectionModel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace billing;
using namespace billing::test;

namespace {
constexpr int kRows = 30;
}

class TestKeyboardMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyInputNamedAndReached();
    void statusBarButtonsNamed();
    void tableByKeyboardAlone();

private:
    int selectedRows() const;

    MainWindowFixture m_fixture{kRows};
    ShownMainWindow m_shown;
    WorkspaceSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestKeyboardMainWindow::initTestCase()
{
    QString error;
    QVERIFY2(m_shown.open(m_fixture, &error), qPrintable(error));
    m_window = &m_shown.window();
    m_session = &m_shown.session();
    QCOMPARE(m_window->tableView()->model()->rowCount(), kRows);
}

void TestKeyboardMainWindow::cleanupTestCase()
{
    m_shown.close();
}

int TestKeyboardMainWindow::selectedRows() const
{
    return int(m_window->tableView()->selectionModel()->selectedRows().size());
}

void TestKeyboardMainWindow::everyInputNamedAndReached()
{
    const QList<QWidget *> inputs = AccessibilityWalk::inputs(m_window);
    QVERIFY(inputs.contains(m_window->tableView()));
    qInfo() << "checking" << inputs.size() << "inputs of the main window";
    const QString problems = AccessibilityWalk::problems(m_window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

// Shown only while an apply or a sync runs: checked hidden, by name.
void TestKeyboardMainWindow::statusBarButtonsNamed()
{
    for (const char *name : {"cancelApplyButton", "cancelSyncButton"}) {
        auto *button = m_window->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
        QVERIFY2(accessible && !accessible->text(QAccessible::Name).isEmpty(), name);
    }
}

void TestKeyboardMainWindow::tableByKeyboardAlone()
{
    QTableView *table = m_window->tableView();
    m_window->activateWindow(); // shortcuts work in the active window
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // Ctrl+F goes to the filter text; Tab from there reaches the table.
    QTest::keyClick(m_window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"filterLineEdit"_qs);
    for (int step = 0; step < 20 && QApplication::focusWidget() != table; ++step)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), table);

    // The focus sets the current row without selecting it; an arrow key moves and selects.
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(selectedRows(), 1);
    QCOMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_Up);
    QCOMPARE(selectedRows(), 1);
    QCOMPARE(table->currentIndex().row(), 0);
    QCOMPARE(m_window->selectedWorkspaces().size(), 1);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(selectedRows(), 3);
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(selectedRows(), kRows);

    // Tab goes on to the next input rather than to the next cell.
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), table);

    QTest::keyClick(table, Qt::Key_E, Qt::ControlModifier);
    QPointer<ChangeSettlementDialog> dialog = m_window->findChild<ChangeSettlementDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClick(dialog.data(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(selectedRows(), kRows);
}

QTEST_MAIN(TestKeyboardMainWindow)
#include "tst_keyboard_main_window.moc"
