#pragma once

#include <QString>

#include <stdexcept>

namespace billing::server {

// A database failure. The dispatcher turns it into 500 internal; its text goes to the log only.
class StorageError : public std::runtime_error
{
public:
    explicit StorageError(const QString &what)
        : std::runtime_error(what.toStdString())
    {}
};

} // namespace billing::server
