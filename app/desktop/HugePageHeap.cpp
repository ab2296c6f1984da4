#include "HugePageHeap.h"

#include "WorkspaceCache.h"

#include <QDirIterator>
#include <QFileInfo>

#include <cstdio>
#include <cstdlib>

#include <unistd.h>

namespace billing {
namespace {
constexpr char kTunable[] = "glibc.malloc.hugetlb";

QByteArray kernelSetting()
{
    QByteArray setting(64, '\0');
    FILE *file = std::fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
    if (!file)
        return {};
    const size_t read = std::fread(setting.data(), 1, size_t(setting.size()), file);
    std::fclose(file);
    setting.truncate(qsizetype(read));
    return setting;
}
} // namespace

QByteArray HugePageHeap::tunablesToRestartWith(const QByteArray &current,
                                               const QByteArray &kernelSetting)
{
    if (current.contains(kTunable))
        return {};
    // "always [madvise] never": malloc's madvise takes effect unless "[never]" is chosen.
    if (!kernelSetting.contains("[always]") && !kernelSetting.contains("[madvise]"))
        return {};
    QByteArray tunables = current;
    if (!tunables.isEmpty())
        tunables.append(':');
    return tunables.append(kTunable).append("=1");
}

qint64 HugePageHeap::largestOfflineCopy(const QString &folder)
{
    qint64 largest = 0;
    QDirIterator copies(folder, {QStringLiteral("workspaces-*.json")}, QDir::Files);
    while (copies.hasNext())
        largest = qMax(largest, QFileInfo(copies.next()).size());
    return largest;
}

void HugePageHeap::restartWithHugePagesIfUseful(char **argv)
{
#if defined(__linux__) && defined(__GLIBC__)
    if (std::getenv("BILLING_DESK_SMALL_PAGES"))
        return;
    if (largestOfflineCopy(WorkspaceCache::defaultDirectory()) < kLargeOfflineCopyBytes)
        return;
    const QByteArray tunables =
        tunablesToRestartWith(QByteArray(std::getenv("GLIBC_TUNABLES")), kernelSetting());
    if (tunables.isEmpty())
        return;
    ::setenv("GLIBC_TUNABLES", tunables.constData(), 1);
    ::execv("/proc/self/exe", argv);
    // exec failed (no /proc): go on with normal pages; the variable is harmless.
#else
    Q_UNUSED(argv)
#endif
}

} // namespace billing
