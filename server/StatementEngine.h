#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

namespace billing::server {

// One prepared statement on one engine's native API; SqlStatement picks the engine from the
// connection and forwards to it. Positions and columns count from 0. Failures throw
// StorageError.
class StatementEngine
{
public:
    virtual ~StatementEngine() = default;

    virtual void bind(int position, const QVariant &value) = 0;
    virtual void exec() = 0;
    virtual bool next() = 0;
    virtual void finish() = 0;

    virtual bool isNull(int column) const = 0;
    virtual QVariant value(int column) const = 0;
    virtual QString text(int column) const = 0;
    virtual QByteArray bytes(int column) const = 0;
    virtual qint64 integer(int column) const = 0;

    virtual int rowsAffected() const = 0;
    virtual qint64 lastInsertId() const = 0;
};

} // namespace billing::server
