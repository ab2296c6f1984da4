#include "WalCheckpointer.h"

#include "Logging.h"
#include "SqlStatement.h"

#include <sqlite3.h>

namespace billing::server {

WalCheckpointer::WalCheckpointer(const QSqlDatabase &db, int idleMs, int maxPages, QObject *parent)
    : QObject(parent)
    , m_db(SqlStatement::connectionOf(db))
    , m_maxPages(maxPages)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleMs);
    connect(&m_idle, &QTimer::timeout, this, &WalCheckpointer::checkpointNow);
    // Replaces SQLite's own auto-checkpoint hook (sqlite3_wal_autocheckpoint).
    sqlite3_wal_hook(m_db, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_hook(m_db, nullptr, nullptr);
}

int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    auto *checkpointer = static_cast<WalCheckpointer *>(self);
    if (pages >= checkpointer->m_maxPages)
        checkpointer->checkpointNow();
    else
        checkpointer->m_idle.start(); // restarted by every commit: fires when idle
    return SQLITE_OK;
}

void WalCheckpointer::checkpointNow()
{
    m_idle.stop();
    int logPages = 0, copied = 0;
    const int result =
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copied);
    if (result != SQLITE_OK && result != SQLITE_BUSY) {
        qCWarning(lcDb) << "checkpoint failed:" << sqlite3_errmsg(m_db);
        return;
    }
    qCDebug(lcDb) << "checkpoint:" << copied << "of" << logPages << "log pages copied";
    Q_EMIT checkpointed(copied, logPages);
}

} // namespace billing::server
