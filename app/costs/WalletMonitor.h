#pragma once

#include "ClientError.h"
#include "WalletState.h"

#include <QObject>
#include <QPointer>

namespace billing {

class BillingClient;
class WalletJob;

// The account's wallet as last read from the server; read again on refresh(). What was
// shown stays while a refresh runs or when it fails.
class WalletMonitor : public QObject
{
    Q_OBJECT

public:
    explicit WalletMonitor(BillingClient &client, QObject *parent = nullptr);

    void refresh();
    bool isLoading() const { return !m_job.isNull(); }
    bool hasWallet() const { return m_hasWallet; }
    const WalletState &wallet() const { return m_wallet; }
    const ClientError &error() const { return m_error; }

Q_SIGNALS:
    // After every refresh, successful or not.
    void changed();

private:
    BillingClient &m_client;
    QPointer<WalletJob> m_job;
    WalletState m_wallet;
    bool m_hasWallet = false;
    ClientError m_error;
};

} // namespace billing
