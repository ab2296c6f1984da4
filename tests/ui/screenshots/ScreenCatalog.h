#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace billing::test {

class RegistrationFixture;

// What a screen may use while it is being set up: the running sandbox server and the
// branding. Widgets a screen creates are owned by `keep` until the picture is taken.
struct ScreenContext {
    RegistrationFixture &fixture;
    std::vector<std::unique_ptr<QObject>> keep;
    QString error; // set when the screen could not be set up

    ~ScreenContext()
    {
        while (!keep.empty()) // newest first: a wizard goes before its controller
            keep.pop_back();
    }

    template <typename T> T *own(std::unique_ptr<T> object)
    {
        T *raw = object.get();
        keep.push_back(std::move(object));
        return raw;
    }
};

// One picture: a name ("wizard-1-basic-error") and how to bring the window into that state.
// `show` returns the window to grab, shown, or nullptr with context.error set.
struct Screen {
    QString name;
    std::function<QWidget *(ScreenContext &)> show;
};

// Every screen of the application, in the order they are written. A part of the UI adds
// its screens with a function like registrationScreens(); main() lists them all.
class ScreenCatalog
{
public:
    void add(const QString &name, std::function<QWidget *(ScreenContext &)> show)
    {
        m_screens.append(Screen{name, std::move(show)});
    }
    const QList<Screen> &screens() const { return m_screens; }

private:
    QList<Screen> m_screens;
};

void addRegistrationScreens(ScreenCatalog &catalog);
void addLoginScreens(ScreenCatalog &catalog);
void addMainWindowScreens(ScreenCatalog &catalog);
void addSettlementDialogScreens(ScreenCatalog &catalog);
void addExportScreens(ScreenCatalog &catalog);
void addPreferencesScreens(ScreenCatalog &catalog);
void addPanesScreens(ScreenCatalog &catalog);
void addActivityScreens(ScreenCatalog &catalog);
void addCostsScreens(ScreenCatalog &catalog);
void addClaimScreens(ScreenCatalog &catalog);
void addSandboxScreens(ScreenCatalog &catalog);

} // namespace billing::test
