#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

typedef struct zip zip_t;

namespace billing {

// The entries of a zip archive held in memory (libzip), read whole, under a budget of
// uncompressed bytes shared by all entries: a zip bomb, or an entry whose data does not
// match its sizes, is refused instead of filling memory.
class ZipReader
{
public:
    ZipReader(const QByteArray &archive, qint64 maxUncompressedBytes);
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool isOpen() const { return m_zip != nullptr; }
    bool contains(const QString &name) const;
    // The entry (its name is matched ignoring case, as OPC part names are); nothing and
    // errorString() when it is missing, damaged, encrypted or over the budget.
    std::optional<QByteArray> read(const QString &name);
    QString errorString() const { return m_error; }

private:
    std::optional<QByteArray> fail(const QString &error);

    QByteArray m_archive; // libzip reads from it for as long as m_zip lives
    zip_t *m_zip = nullptr;
    qint64 m_budget = 0;
    QString m_error;
};

} // namespace billing
