#pragma once

#include "Branding.h"
#include "MarketplaceBindingController.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace billing {

class MarketplaceHelpDialog;
class FieldErrorLabel;

// The Alibaba Cloud / Huawei Cloud binding form: Account ID and Instance ID with their
// reasons, "Open Alibaba Cloud Market" (Alibaba Cloud only: the brand's product page),
// "Verify", on the sandbox "Activate in the sandbox market", and "How do I find these?".
// Shows a MarketplaceBindingController (in the words of its current marketplace) and forwards
// to it; the registration wizard and the change-settlement dialog both embed it.
class MarketplaceBindingWidget : public QWidget
{
    Q_OBJECT

public:
    using UrlOpener = std::function<bool(const QUrl &)>;

    MarketplaceBindingWidget(MarketplaceBindingController &controller, const Branding &branding,
                             QWidget *parent = nullptr);

    MarketplaceBindingController &controller() const { return m_controller; }
    // QDesktopServices::openUrl unless replaced (tests, screenshots).
    void setUrlOpener(UrlOpener opener) { m_openUrl = std::move(opener); }
    MarketplaceHelpDialog *helpDialog() const;

public Q_SLOTS:
    void showHelp();
    void openMarket();

private:
    QLineEdit *createLineEdit(MarketplaceBindingController::Field field, const QString &objectName);
    void showFieldState(MarketplaceBindingController::Field field);
    void showLookup();
    void showMarketplace();

    MarketplaceBindingController &m_controller;
    Branding m_branding;
    UrlOpener m_openUrl;
    QLabel *m_marketNote = nullptr;
    QPushButton *m_openMarket = nullptr;
    QLabel *m_instanceLabel = nullptr;
    QLineEdit *m_accountId = nullptr;
    QLineEdit *m_instanceId = nullptr;
    FieldErrorLabel *m_accountIdError = nullptr;
    FieldErrorLabel *m_instanceIdError = nullptr;
    QPushButton *m_verify;
    QPushButton *m_sandboxActivate;
    QLabel *m_lookupStatus;
    QPointer<MarketplaceHelpDialog> m_help;
};

} // namespace billing
