#include "RegistrationFixture.h"

#include "RegistrationController.h"

namespace billing::test {

bool RegistrationFixture::start()
{
    if (!m_server.start()) {
        m_error = m_server.errorString();
        return false;
    }
    m_http = std::make_unique<HttpClient>(m_server.baseUrl());
    return true;
}

HttpClient &RegistrationFixture::http()
{
    m_http->setBaseUrl(m_server.baseUrl());
    return *m_http;
}

std::unique_ptr<BillingClient> RegistrationFixture::newClient(const QUrl &baseUrl)
{
    auto client = std::make_unique<BillingClient>(&m_network,
                                                  baseUrl.isEmpty() ? m_server.baseUrl() : baseUrl);
    client->retryPolicy.maxAttempts = 2;
    client->retryPolicy.baseDelayMs = 20;
    client->retryPolicy.maxDelayMs = 40;
    client->transferTimeoutMs = 20000;
    return client;
}

QString RegistrationFixture::mailedCode(const QString &email, QString *error)
{
    return latestMailedCode(http(), email, error);
}

NewUser NewUser::make(const QString &prefix)
{
    NewUser user;
    user.username = uniqueName(prefix);
    user.email = emailFor(user.username);
    user.workspace = QStringLiteral("Workspace of ") + user.username;
    user.aliUid = uniqueUid();
    return user;
}

void fillBasic(RegistrationController &controller, const NewUser &user)
{
    using Field = RegistrationField;
    RegistrationForm &form = controller.form();
    form.setText(Field::Username, user.username);
    form.setText(Field::Password, user.password);
    form.setText(Field::PasswordConfirmation, user.password);
    form.setText(Field::Email, user.email);
    form.setText(Field::Phone, user.phone);
}

} // namespace billing::test
