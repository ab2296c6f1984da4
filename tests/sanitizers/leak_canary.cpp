// Leaks on purpose from a slot the Qt event loop dispatches (through glib's main loop, as every
// slot in the app is) so that ctest can prove lsan.supp does not hide leaks in our own code.
#include <QCoreApplication>
#include <QTimer>

#include <cstring>

namespace {

char *volatile leakedBlock = nullptr;

Q_NEVER_INLINE void leakFromEventLoop()
{
    leakedBlock = new char[64];
    std::memset(leakedBlock, 'x', 64);
    leakedBlock = nullptr;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTimer::singleShot(0, &app, [&app] {
        leakFromEventLoop();
        app.quit();
    });
    return app.exec();
}
