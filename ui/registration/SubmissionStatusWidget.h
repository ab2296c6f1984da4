#pragma once

#include "RegistrationController.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace billing {

// The state of one registration request on the page that sends it: a busy bar with
// "Stop" while it runs, the reason and "Retry" when it failed on the way.
class SubmissionStatusWidget : public QWidget
{
    Q_OBJECT

public:
    SubmissionStatusWidget(RegistrationController &controller,
                           RegistrationController::Request request, QWidget *parent = nullptr);

private:
    void refresh();

    RegistrationController &m_controller;
    RegistrationController::Request m_request;
    QProgressBar *m_busy;
    QLabel *m_message;
    QPushButton *m_stop;
    QPushButton *m_retry;
};

} // namespace billing
