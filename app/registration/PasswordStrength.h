#pragma once

#include <QCoreApplication>
#include <QString>

namespace billing {

// A rough estimate of how hard a password is to guess, for the meter next to the field.
// Only the length limits of the contract make a password invalid; this is feedback.
class PasswordStrength
{
    Q_DECLARE_TR_FUNCTIONS(billing::PasswordStrength)

public:
    enum class Level { Empty, TooShort, Weak, Fair, Good, Strong };

    static Level estimate(const QString &password, const QString &username = {});
    // 0 (nothing typed) .. 5 (strong), for a progress bar.
    static int score(Level level) { return int(level); }
    static int maxScore() { return int(Level::Strong); }
    // Translated word for the meter ("Weak", "Strong").
    static QString displayName(Level level);
};

} // namespace billing
