#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace billing {

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString serverUrlProblem(const QUrl &url)
{
    auto tr = [](const char *text) {
        return QCoreApplication::translate("billing::UrlPolicy", text);
    };
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter a full address such as https://billing.example.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return tr("The address must start with https://.");
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return tr("Only https:// addresses are allowed for servers outside this computer.");
    return {};
}

} // namespace billing
