// Replays fuzz inputs through LLVMFuzzerTestOneInput in an ordinary (gcc) build, so ctest
// re-runs every seed and every crash once found: replay_<target> <directory>...
// A crashing input aborts the process. A missing directory is skipped (regressions/<target>
// exists only once a crash was found there); no input at all fails.
#include "FuzzSupport.h"

#include <QDir>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        const QDir directory(QString::fromLocal8Bit(argv[i]));
        const QStringList names = directory.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile file(directory.filePath(name));
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
                return 1;
            }
            const QByteArray data = file.readAll();
            std::fprintf(stderr, "replaying %s\n", qPrintable(file.fileName()));
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                                   size_t(data.size()));
            ++inputs;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "no inputs found\n");
        return 1;
    }
    std::fprintf(stderr, "%d inputs replayed without a crash\n", inputs);
    return 0;
}
