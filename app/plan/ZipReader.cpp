#include "ZipReader.h"

#include "PlanLog.h"

#include <QCoreApplication>

#include <zip.h>

namespace billing {
namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::ZipReader)
};

QString mebibytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 1);
}
} // namespace

ZipReader::ZipReader(const QByteArray &archive, qint64 maxUncompressedBytes)
    : m_archive(archive)
    , m_budget(maxUncompressedBytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(m_archive.constData(), zip_uint64_t(m_archive.size()), 0, &error);
    if (source)
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (!m_zip) {
        m_error = Text::tr("not a readable zip archive (%1)")
                      .arg(QString::fromUtf8(zip_error_strerror(&error)));
        if (source)
            zip_source_free(source);
    }
    zip_error_fini(&error);
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(m_zip);
}

bool ZipReader::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE) >= 0;
}

std::optional<QByteArray> ZipReader::fail(const QString &error)
{
    m_error = error;
    qCInfo(lcPlan) << "zip:" << error;
    return std::nullopt;
}

std::optional<QByteArray> ZipReader::read(const QString &name)
{
    if (!m_zip)
        return std::nullopt;
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE);
    if (index < 0)
        return fail(Text::tr("the archive has no %1").arg(name));
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        return fail(Text::tr("%1: the archive's directory entry is damaged").arg(name));
    if (stat.size > zip_uint64_t(m_budget))
        return fail(Text::tr("%1 unpacks to %2 MiB; a workbook may unpack to at most %3 MiB in all")
                        .arg(name, mebibytes(qint64(std::min<zip_uint64_t>(stat.size, 1ULL << 60))),
                             mebibytes(m_budget)));
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file)
        return fail(Text::tr("%1 cannot be unpacked (%2)")
                        .arg(name, QString::fromUtf8(zip_strerror(m_zip))));
    // Inflated straight into a buffer of the declared size; one byte more is a lie.
    const qint64 declared = qint64(stat.size);
    QByteArray data(declared, Qt::Uninitialized);
    qint64 size = 0;
    char beyond = 0;
    QString error;
    for (;;) {
        const bool full = size == declared;
        const zip_int64_t n = zip_fread(file, full ? &beyond : data.data() + size,
                                        full ? 1 : zip_uint64_t(declared - size));
        if (n < 0) {
            error = Text::tr("%1 is damaged (%2)")
                        .arg(name, QString::fromUtf8(zip_file_strerror(file)));
            break;
        }
        if (n == 0)
            break;
        // libzip inflates past a declared size that lies (it checks the CRC only at the end).
        if (full) {
            error = Text::tr("%1 holds more data than its header says").arg(name);
            break;
        }
        size += n;
    }
    zip_fclose(file);
    if (error.isEmpty() && size != declared)
        error = Text::tr("%1 holds less data than its header says").arg(name);
    if (!error.isEmpty())
        return fail(error);
    m_budget -= data.size();
    return data;
}

} // namespace billing
