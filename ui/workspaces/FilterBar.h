#pragma once

#include "SettlementMethod.h"
#include "WorkspaceFilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace billing {

class WorkspaceFilterProxy;

// Text, site, method and status above the workspace table; every edit goes straight to the
// proxy (it filters 100 000 rows within a keystroke, so there is no delay).
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(WorkspaceFilterProxy &proxy, QWidget *parent = nullptr);

    WorkspaceFilter filter() const;
    // Shows one site and method (empty site: any), e.g. from a click in the overview.
    void showSiteAndMethod(const QString &siteCode, SettlementMethod method);
    void setText(const QString &text);
    void focusText();

public Q_SLOTS:
    void clear();

private:
    void apply();

    WorkspaceFilterProxy &m_proxy;
    QLineEdit *m_text;
    QComboBox *m_site;
    QComboBox *m_method;
    QComboBox *m_status;
    QCheckBox *m_stagedOnly;
    QToolButton *m_clear;
};

} // namespace billing
