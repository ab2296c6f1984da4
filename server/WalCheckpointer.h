#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

struct sqlite3;

namespace billing::server {

// Moves SQLite's WAL checkpoints out of the requests. SQLite copies the write-ahead log
// back into the database file inside the commit that takes the log past 1 000 pages, which
// made one batch request in three pay for the others' writes (issue 8). Here a commit only
// starts a timer: the checkpoint runs once the server has been idle for kIdleMs. A log
// past kMaxPages (a server never idle) is still checkpointed in the commit, as SQLite would.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIdleMs = 250;
    static constexpr int kMaxPages = 16384; // 64 MiB of 4 KiB pages

    explicit WalCheckpointer(const QSqlDatabase &db, int idleMs = kIdleMs, int maxPages = kMaxPages,
                             QObject *parent = nullptr);
    ~WalCheckpointer() override;

    void checkpointNow();

Q_SIGNALS:
    void checkpointed(int copiedPages, int logPages);

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);

    sqlite3 *m_db;
    int m_maxPages;
    QTimer m_idle;
};

} // namespace billing::server
