#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QSettings;

namespace billing {

// Preferences → Language: System / English / 简体中文. Saved at once; applies at the next start.
class LanguagePage : public QWidget
{
    Q_OBJECT

public:
    explicit LanguagePage(QSettings &settings, QWidget *parent = nullptr);

    // "en", "zh_CN", or empty for the system's language.
    QString selectedLanguage() const;

private:
    void store(int index);

    QSettings &m_settings;
    QComboBox *m_languages;
    QLabel *m_note;
};

} // namespace billing
