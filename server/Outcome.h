#pragma once

#include <ApiError.h>

#include <optional>
#include <utility>

namespace billing::server {

// A service result: a value, or the contract error that answers the request.
template <typename T> class Outcome
{
public:
    Outcome(T value)
        : m_value(std::move(value))
    {}
    Outcome(ApiError error)
        : m_error(std::move(error))
    {}

    bool ok() const { return m_value.has_value(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const ApiError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    ApiError m_error;
};

} // namespace billing::server
