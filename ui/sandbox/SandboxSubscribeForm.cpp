#include "SandboxSubscribeForm.h"

#include "FieldErrorLabel.h"
#include "SandboxInputs.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace billing {
namespace {
QString labelOf(SandboxInput input)
{
    switch (input) {
    case SandboxInput::AliUid:
        return SandboxSubscribeForm::tr("Alibaba Cloud &UID:");
    case SandboxInput::AwsAccountId:
        return SandboxSubscribeForm::tr("AWS &account ID:");
    case SandboxInput::HuaweiAccountId:
        return SandboxSubscribeForm::tr("Huawei Cloud &account ID:");
    case SandboxInput::PlanId:
        return SandboxSubscribeForm::tr("&Plan:");
    case SandboxInput::Quantity:
        return SandboxSubscribeForm::tr("&Quantity:");
    case SandboxInput::Trial:
        break;
    }
    return {};
}

QString objectNameOf(SandboxInput input)
{
    return wireName(input) + QStringLiteral("LineEdit");
}

// Buyer identities change with "New buyer"; a plan or quantity is the user's own choice.
bool isBuyer(SandboxInput input)
{
    return input == SandboxInput::AliUid || input == SandboxInput::AwsAccountId
           || input == SandboxInput::HuaweiAccountId;
}
} // namespace

SandboxSubscribeForm::SandboxSubscribeForm(const SandboxMarketProfile &profile, QWidget *parent)
    : QWidget(parent)
    , m_error(new FieldErrorLabel(this))
    , m_subscribe(new QPushButton(tr("&Subscribe"), this))
    , m_newBuyer(new QPushButton(tr("New &buyer"), this))
{
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    for (SandboxInput input : profile.inputs) {
        if (input == SandboxInput::Trial) {
            m_trial = new QCheckBox(tr("&Trial"), this);
            m_trial->setObjectName(QStringLiteral("trialCheckBox"));
            form->addRow(QString(), m_trial);
            continue;
        }
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectNameOf(input));
        edit->setAccessibleName(QString(labelOf(input)).remove(u'&').remove(u':'));
        edit->setClearButtonEnabled(true);
        if (input == SandboxInput::AwsAccountId)
            edit->setPlaceholderText(tr("Any (the sandbox picks one)"));
        connect(edit, &QLineEdit::returnPressed, this, &SandboxSubscribeForm::submit);
        connect(edit, &QLineEdit::textEdited, m_error, [this] { m_error->setMessage({}); });
        m_fields.insert(input, edit);
        form->addRow(labelOf(input), edit);
    }
    fillSamples();
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (!isBuyer(it.key()))
            it.value()->setText(sampleValue(it.key()));
    }
    m_error->setObjectName(QStringLiteral("subscribeErrorLabel"));
    m_subscribe->setObjectName(QStringLiteral("subscribeButton"));
    m_subscribe->setAccessibleName(tr("Subscribe in the %1 sandbox market").arg(profile.name));
    m_subscribe->setDefault(true);
    connect(m_subscribe, &QPushButton::clicked, this, &SandboxSubscribeForm::submit);
    m_newBuyer->setObjectName(QStringLiteral("newBuyerButton"));
    m_newBuyer->setToolTip(tr("Fill in another valid buyer"));
    m_newBuyer->setVisible(std::any_of(profile.inputs.cbegin(), profile.inputs.cend(), isBuyer));
    connect(m_newBuyer, &QPushButton::clicked, this, &SandboxSubscribeForm::fillSamples);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_subscribe);
    buttons->addWidget(m_newBuyer);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
}

void SandboxSubscribeForm::fillSamples()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (isBuyer(it.key()))
            it.value()->setText(it.key() == SandboxInput::AwsAccountId ? QString()
                                                                       : sampleValue(it.key()));
    }
    m_error->setMessage({});
}

void SandboxSubscribeForm::setBusy(bool busy)
{
    m_subscribe->setEnabled(!busy);
}

void SandboxSubscribeForm::submit()
{
    if (!m_subscribe->isEnabled())
        return;
    QJsonObject body;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QString problem;
        const QJsonValue value = inputValue(it.key(), it.value()->text(), &problem);
        if (!problem.isEmpty()) {
            m_error->setBuddyInput(it.value());
            m_error->setMessage(problem);
            it.value()->setFocus();
            return;
        }
        if (!value.isUndefined())
            body.insert(wireName(it.key()), value);
    }
    if (m_trial)
        body.insert(wireName(SandboxInput::Trial), m_trial->isChecked());
    m_error->setMessage({});
    Q_EMIT subscribeRequested(body);
}

} // namespace billing
