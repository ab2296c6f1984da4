#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace billing::test {

// The messages of a Qt Linguist .ts file, as far as the completeness test needs them.
struct TsMessage {
    QString context;
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QString type;             // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return context + QStringLiteral(" | ") + source; }
};

struct TsFile {
    QList<TsMessage> messages;
    QString error; // set when the file could not be read

    static TsFile read(const QString &path);
};

} // namespace billing::test
