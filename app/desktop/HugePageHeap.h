#pragma once

#include <QByteArray>
#include <QString>

namespace billing {

// glibc's malloc on transparent huge pages (docs/performance.md, "On a real network").
// 100 000 workspaces are ~130 MB of small heap objects: in 4 KiB pages that is some 35 000
// page faults, which on a virtual machine cost more than reading the rows (the offline copy
// shown at start-up took 0.4 s instead of 0.1 s). glibc asks the kernel for huge pages when
// GLIBC_TUNABLES holds glibc.malloc.hugetlb=1 at process start, so the process starts itself
// once more with it set, but only when a large offline copy waits to be read: the second
// exec costs start-up ≈ 12 ms and huge pages round the heap up by ≈ 20 MB, which pays off
// only for tens of thousands of rows. BILLING_DESK_SMALL_PAGES=1 keeps the normal pages.
class HugePageHeap
{
public:
    // A workspaces offline copy this large (≈ 25 000 workspaces) makes the restart worth it.
    static constexpr qint64 kLargeOfflineCopyBytes = 8 * 1024 * 1024;

    // The size of the largest workspaces offline copy in `folder` (<AppLocalDataLocation>/cache),
    // 0 when there is none.
    static qint64 largestOfflineCopy(const QString &folder);

    // The GLIBC_TUNABLES to start again with, given the current value and the kernel's
    // /sys/kernel/mm/transparent_hugepage/enabled; empty when nothing is to change (already
    // set, or huge pages are off or unknown).
    static QByteArray tunablesToRestartWith(const QByteArray &current,
                                            const QByteArray &kernelSetting);

    // Called first in main(), once the application's name is set (it finds the offline copies
    // through QStandardPaths): returns only when no restart is needed or exec failed.
    static void restartWithHugePagesIfUseful(char **argv);
};

} // namespace billing
