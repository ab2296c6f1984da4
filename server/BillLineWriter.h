#pragma once

#include "SqlStatement.h"

#include <QList>
#include <QString>

namespace billing::server {

// Writes a settlement chunk's bill lines, many rows per INSERT: on PostgreSQL each statement
// is a round trip to the server, so one per line made the lines most of a chunk's time (and a
// writer waiting for the chunk waited that long). Full batches go in one statement each, the
// rest one row a statement, both prepared once.
class BillLineWriter
{
public:
    struct Line {
        QString accountId;
        QString day;
        qint64 workspaceSeq = 0;
        QString workspaceId;
        QString workspaceName;
        QString site;
        QString item;
        qint64 quantityE4 = 0;
        qint64 unit = 1;
        qint64 unitPriceMicros = 0;
        QString currency;
        qint64 amountCents = 0;
        QString payerMethod;
        QString payerInstance;
        QString status;
    };

    static constexpr int kRowsPerStatement = 100;
    static constexpr int kColumns = 15; // of a Line, in its order

    explicit BillLineWriter(const QSqlDatabase &db);

    void add(const Line &line);           // writes a full batch as it fills
    void flush();                         // writes what is left
    void discard() { m_pending.clear(); } // drops what a failed transaction left unwritten

private:
    static void bindLine(SqlStatement &statement, int row, const Line &line);

    SqlStatement m_batch;
    SqlStatement m_single;
    QList<Line> m_pending;
};

} // namespace billing::server
