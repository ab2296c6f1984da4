#include "SqliteAccountStore.h"

namespace billing::server {
namespace {
const QString kColumns = QStringLiteral(
    "id, username, email, phone, company, site, has_billing_center_account, granted_methods, "
    "created_at, password_hash");

QString encodeMethods(const QList<SettlementMethod> &methods)
{
    QStringList names;
    for (SettlementMethod method : methods)
        names.append(billing::toWire(method));
    return names.join(u',');
}

QList<SettlementMethod> decodeMethods(const QString &text)
{
    QList<SettlementMethod> methods;
    for (const QString &name : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto method = settlementMethodFromWire(name))
            methods.append(*method);
    }
    return methods;
}
} // namespace

SqliteAccountStore::SqliteAccountStore(const QSqlDatabase &db)
    : m_insert(db, QStringLiteral("INSERT INTO accounts (id, username, username_key, email, phone, "
                                  "company, site, has_billing_center_account, granted_methods, "
                                  "password_hash, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)"))
    , m_byId(db,
             QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM accounts WHERE id = ?"))
    , m_byUsername(db, QStringLiteral("SELECT ") + kColumns
                           + QStringLiteral(" FROM accounts WHERE username_key = ?"))
    , m_setBillingCenter(
          db, QStringLiteral("UPDATE accounts SET has_billing_center_account = 1 WHERE id = ?"))
    , m_rememberUid(db, QStringLiteral("INSERT INTO account_ali_uids (account_id, ali_uid) "
                                       "VALUES (?, ?) ON CONFLICT DO NOTHING"))
    , m_hasUid(
          db, QStringLiteral("SELECT 1 FROM account_ali_uids WHERE account_id = ? AND ali_uid = ?"))
{}

void SqliteAccountStore::insert(const Account &account, const QByteArray &passwordHash)
{
    m_insert.bind(0, account.id)
        .bind(1, account.username)
        .bind(2, account.username.toLower())
        .bind(3, account.email)
        .bind(4, account.phone)
        .bind(5, account.company)
        .bind(6, account.site)
        .bind(7, account.hasBillingCenterAccount ? 1 : 0)
        .bind(8, encodeMethods(account.grantedMethods))
        .bind(9, QString::fromLatin1(passwordHash))
        .bind(10, SqlStatement::fromTime(account.createdAt));
    m_insert.exec();
}

Account SqliteAccountStore::readAccount(const SqlStatement &row)
{
    Account account;
    account.id = row.text(0);
    account.username = row.text(1);
    account.email = row.text(2);
    account.phone = row.text(3);
    account.company = row.text(4);
    account.site = row.text(5);
    account.hasBillingCenterAccount = row.integer(6) != 0;
    account.grantedMethods = decodeMethods(row.text(7));
    account.createdAt = row.time(8);
    return account;
}

std::optional<Account> SqliteAccountStore::findById(const QString &id)
{
    m_byId.bind(0, id).exec();
    std::optional<Account> found;
    if (m_byId.next())
        found = readAccount(m_byId);
    m_byId.finish();
    return found;
}

std::optional<AccountCredentials> SqliteAccountStore::findByUsername(const QString &username)
{
    m_byUsername.bind(0, username.toLower()).exec();
    std::optional<AccountCredentials> found;
    if (m_byUsername.next())
        found = AccountCredentials{readAccount(m_byUsername), m_byUsername.text(9).toLatin1()};
    m_byUsername.finish();
    return found;
}

bool SqliteAccountStore::usernameExists(const QString &username)
{
    return findByUsername(username).has_value();
}

void SqliteAccountStore::setHasBillingCenterAccount(const QString &accountId)
{
    m_setBillingCenter.bind(0, accountId).exec();
}

void SqliteAccountStore::rememberAliUid(const QString &accountId, const QString &aliUid)
{
    m_rememberUid.bind(0, accountId).bind(1, aliUid).exec();
}

bool SqliteAccountStore::hasBoundAliUid(const QString &accountId, const QString &aliUid)
{
    m_hasUid.bind(0, accountId).bind(1, aliUid).exec();
    const bool found = m_hasUid.next();
    m_hasUid.finish();
    return found;
}

} // namespace billing::server
