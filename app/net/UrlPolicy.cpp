#include "UrlPolicy.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace billing {
namespace {
// A free function has no tr context of its own; this names the one lupdate files the text under.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(billing::UrlPolicy)
};
} // namespace

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString serverUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Text::tr("Enter a full address such as https://billing.example.com.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https" && scheme != u"http")
        return Text::tr("The address must start with https://.");
    if (scheme == u"http" && !isLoopbackHost(url.host()))
        return Text::tr("Only https:// addresses are allowed for servers outside this computer.");
    // Never echoes the address: it would show the password to anyone looking on.
    if (!url.userInfo().isEmpty())
        return Text::tr("Leave the user name and password out of the address; enter the user name "
                        "in its own field.");
    return {};
}

} // namespace billing
