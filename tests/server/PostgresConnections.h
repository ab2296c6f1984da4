#pragma once

// For white-box tests of what processes sharing a PostgreSQL database count together: one
// throwaway database, a connection of its own for each "process", and a clock the test moves.
#include "Clock.h"
#include "DatabaseLocation.h"
#include "PostgresDatabase.h"
#include "PostgresTestDatabase.h"

#include <memory>

namespace billing::test {

class ManualClock : public server::Clock
{
public:
    QDateTime now() const override { return m_now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
};

class PostgresConnections
{
public:
    // Creates the database; false with *error (also without BILLING_TEST_POSTGRES_URL).
    bool create(QString *error)
    {
        if (!m_database.create(error))
            return false;
        const auto location = server::DatabaseLocation::parse(m_database.url(), error);
        if (location)
            m_location = *location;
        return location.has_value();
    }

    // A new connection to it; ends the test when it cannot be opened.
    std::unique_ptr<server::PostgresDatabase> connect() const
    {
        auto db = std::make_unique<server::PostgresDatabase>();
        QString error;
        if (!db->open(m_location, &error))
            qFatal("%s", qPrintable(error));
        return db;
    }

private:
    PostgresTestDatabase m_database;
    server::DatabaseLocation m_location;
};

} // namespace billing::test
