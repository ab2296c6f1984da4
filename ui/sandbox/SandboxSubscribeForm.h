#pragma once

#include "SandboxMarketProfile.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace billing {

class FieldErrorLabel;

// What a sandbox market asks a buyer who subscribes (Alibaba Cloud UID, Huawei Cloud
// account ID, AWS account, Azure plan and quantity, trial), filled with valid values, and
// the Subscribe button. What was typed stays after a subscription or a failure.
class SandboxSubscribeForm : public QWidget
{
    Q_OBJECT

public:
    explicit SandboxSubscribeForm(const SandboxMarketProfile &profile, QWidget *parent = nullptr);

    QLineEdit *field(SandboxInput input) const { return m_fields.value(input); }
    void setBusy(bool busy);

Q_SIGNALS:
    // The console's body, every field valid.
    void subscribeRequested(const QJsonObject &body);

private:
    void submit();
    void fillSamples();

    QMap<SandboxInput, QLineEdit *> m_fields;
    QCheckBox *m_trial = nullptr;
    FieldErrorLabel *m_error;
    QPushButton *m_subscribe;
    QPushButton *m_newBuyer;
};

} // namespace billing
