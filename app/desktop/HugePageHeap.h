#pragma once

#include <QByteArray>

namespace billing {

// glibc's malloc on transparent huge pages (docs/performance.md, "On a real network").
// 100 000 workspaces are ~130 MB of small heap objects: in 4 KiB pages that is some 35 000
// page faults, which on a virtual machine cost more than reading the rows (the offline copy
// shown at start-up took 0.4 s instead of 0.1 s). glibc asks the kernel for huge pages when
// GLIBC_TUNABLES holds glibc.malloc.hugetlb=1 at process start, so the process starts itself
// once more with it set. BILLING_DESK_SMALL_PAGES=1 keeps the normal pages.
class HugePageHeap
{
public:
    // The GLIBC_TUNABLES to start again with, given the current value and the kernel's
    // /sys/kernel/mm/transparent_hugepage/enabled; empty when nothing is to change (already
    // set, or huge pages are off or unknown).
    static QByteArray tunablesToRestartWith(const QByteArray &current,
                                            const QByteArray &kernelSetting);

    // Called first in main(): returns only when no restart is needed or exec failed.
    static void restartWithHugePagesIfUseful(char **argv);
};

} // namespace billing
