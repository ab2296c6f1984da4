#include "SubmissionStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

namespace billing {

SubmissionStatusWidget::SubmissionStatusWidget(RegistrationController &controller,
                                               RegistrationController::Request request,
                                               QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_request(request)
    , m_busy(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_retry(new QPushButton(tr("Retry"), this))
{
    const QString prefix = request == RegistrationController::Request::Account
                               ? QStringLiteral("account")
                               : QStringLiteral("workspace");
    setObjectName(prefix + QStringLiteral("StatusWidget"));
    m_busy->setObjectName(prefix + QStringLiteral("BusyProgressBar"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Sending"));
    m_message->setObjectName(prefix + QStringLiteral("StatusLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_stop->setObjectName(prefix + QStringLiteral("StopButton"));
    m_stop->setAccessibleName(tr("Stop sending"));
    m_retry->setObjectName(prefix + QStringLiteral("RetryButton"));
    m_retry->setAccessibleName(tr("Retry sending"));
    m_retry->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_busy);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_stop);
    layout->addWidget(m_retry);

    connect(m_stop, &QPushButton::clicked, &controller, &RegistrationController::cancelSubmission);
    connect(m_retry, &QPushButton::clicked, &controller, &RegistrationController::retry);
    connect(&controller, &RegistrationController::submissionChanged, this,
            &SubmissionStatusWidget::refresh);
    refresh();
}

void SubmissionStatusWidget::refresh()
{
    using State = RegistrationController::SubmissionState;
    const bool mine = m_controller.request() == m_request;
    const State state = mine ? m_controller.submissionState() : State::Idle;
    const bool submitting = state == State::Submitting;
    const bool failed = state == State::Failed;

    m_busy->setVisible(submitting);
    m_stop->setVisible(submitting);
    m_retry->setVisible(failed && m_controller.canRetry());
    if (submitting) {
        m_message->setText(m_request == RegistrationController::Request::Account
                               ? tr("Creating your account…")
                               : tr("Activating your workspace…"));
    } else {
        m_message->setText(failed ? m_controller.submissionMessage() : QString());
    }
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, failed ? QColor(0xc6, 0x28, 0x28)
                                                  : this->palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    setVisible(submitting || failed);
}

} // namespace billing
