#pragma once

struct sqlite3;

namespace billing::server {

// Turns at SQLite's write lock between the server's connection and the settlement thread's.
// SQLite's own busy handler sleeps in growing steps (up to 100 ms), so a request waiting for
// the lock mostly sleeps through the moment a settlement chunk commits and the next one begins.
// This handler retries every millisecond instead and, on a foreground connection, says that a
// writer waits; the background writer steps aside between its transactions while one does.
class WriterTurns
{
public:
    struct Policy {
        int timeoutMs;
        bool foreground; // a waiting foreground writer makes the background one step aside
    };
    static const Policy kServer;     // the event loop's connection
    static const Policy kBackground; // the settlement thread's connection

    static void install(sqlite3 *connection, const Policy &policy);
    // Called by the background writer between its transactions: waits (a bounded while) until
    // no foreground writer has been waiting for the lock in the last few milliseconds.
    static void yieldToWaitingWriters();

private:
    static int onBusy(void *policy, int attempts);
};

} // namespace billing::server
