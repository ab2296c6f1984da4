#pragma once

#include <QString>

namespace billing {

// The validation state of one input of a form controller.
struct FieldState {
    bool valid = false;
    QString message;         // translated reason while invalid
    bool edited = false;     // the user has typed here (or tried to go on): show the reason
    bool fromServer = false; // the reason came from the Billing Center's answer

    // What the form shows under the field: nothing before the user has had a chance.
    QString visibleMessage() const
    {
        return valid || !(edited || fromServer) ? QString() : message;
    }

    friend bool operator==(const FieldState &, const FieldState &) = default;
};

} // namespace billing
