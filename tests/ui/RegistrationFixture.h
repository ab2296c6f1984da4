#pragma once

#include "ApiHelpers.h"
#include "BillingClient.h"
#include "HttpClient.h"
#include "TestServer.h"

#include <QNetworkAccessManager>
#include <QUrl>

#include <memory>

namespace billing {
class RegistrationController;
}

namespace billing::test {

// What a registration test needs: the real billing-center in sandbox mode, a client for
// the code under test and a synchronous one for looking behind its back.
class RegistrationFixture
{
public:
    // Starts the server; false with error() set when it cannot.
    bool start();
    QString error() const { return m_error; }

    TestServer &server() { return m_server; }
    // Follows the server across restarts (a restart picks a new port).
    HttpClient &http();
    // A client for the code under test; quick retries so a dead server fails fast.
    std::unique_ptr<BillingClient> newClient(const QUrl &baseUrl = {});

    // The newest code mailed to `email`, read from the sandbox mailbox.
    QString mailedCode(const QString &email, QString *error);

private:
    TestServer m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<HttpClient> m_http;
    QString m_error;
};

// The values a test types into the registration, unique per call.
struct NewUser {
    QString username;
    QString password = QStringLiteral("Harbour-Lights-2026");
    QString email;
    QString phone = QStringLiteral("+86 138-0000-0000");
    QString company = QStringLiteral("Example Observability Ltd");
    QString workspace;
    QString aliUid;

    static NewUser make(const QString &prefix);
};

// Fills step 1 except the code through the controller (no widgets).
void fillBasic(RegistrationController &controller, const NewUser &user);

} // namespace billing::test
