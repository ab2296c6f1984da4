#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QLoggingCategory>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace billing::fuzz {

// A warning per rejected input would cost more than the parsing under test.
inline void silenceQtLogging()
{
    static const bool silenced = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("*=false"));
        return true;
    }();
    (void)silenced;
}

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken invariant is a finding like a crash: abort so libFuzzer keeps the input.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// The input as the file a cache reads.
inline void writeFile(const QString &path, const uint8_t *data, size_t size)
{
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    require(file.write(bytes(data, size)) == qint64(size));
}

// cache.load(): what it read, or nothing and a reason (never nothing without one).
template <typename Cache> auto loadOrReason(Cache &cache, QString *error)
{
    auto contents = cache.load(error);
    require(contents.has_value() || !error->isEmpty());
    return contents;
}

} // namespace billing::fuzz
