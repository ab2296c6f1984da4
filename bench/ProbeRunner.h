#pragma once

#include <QByteArrayList>
#include <QString>
#include <QUrl>

#include <functional>

namespace billing::bench {

// One start of billing-desk-probe (bench/probe/AppProbe.cpp), timed from fork/exec.
struct ProbeOptions {
    QUrl server;
    QString token;
    QString home;                  // the probe's HOME (settings, data); empty: a throwaway one
    bool waitForRows = false;      // --memory: until the sync is done and every row is shown
    bool cold = false;             // drop the kernel's page cache first (root only)
    std::function<void()> onShown; // called as soon as "shown" is read
    bool compress = false;         // --compress: gzip although the server is on loopback
    bool memoryAfterSave = false;  // --after-save: memory once the offline copy is on disk
};

struct ProbeRun {
    double shownMs = -1;   // to the main window exposed
    int shownRows = -1;    // rows in the table then (the offline copy's)
    double loadedMs = -1;  // to every row in the window (waitForRows)
    QByteArrayList memory; // rows, resident KiB, peak KiB (waitForRows)
    bool pageCacheDropped = false;
    QString error;
};

ProbeRun runProbe(const ProbeOptions &options);

} // namespace billing::bench
