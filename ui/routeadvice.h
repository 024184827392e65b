#pragma once

#include "calltemplates.h"
#include "endpointtable.h"
#include "region.h"
#include "workspace.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;

// "Send via" and what it means for the next call: the host it goes to and, when that is not the
// account's detected region (or the region is not verified), what happens there in plain words. Room
// for two lines of advice is kept whether or not one is shown, so that nothing below moves.
class RouteAdvice : public QWidget
{
    Q_OBJECT

public:
    using Via = ComposedCall::Via;

    explicit RouteAdvice(QWidget *parent = nullptr);

    // The workspace calls go to (null: none) and the endpoint table of the hosts (null: none usable).
    // Both are copied. The region counts as verified again.
    void setWorkspace(const Workspace *workspace, const EndpointTable *endpoints);
    // False after the workspace's region check failed: "Workspace route" then names no host and a host
    // must be chosen (a forced route is a choice already and still applies).
    void setRegionVerified(bool verified);
    bool isRegionVerified() const { return m_regionVerified; }
    Via via() const;
    void setVia(Via via);
    // True while no host is chosen: the region is not verified and "Workspace route" is selected.
    bool needsHostChoice() const;
    // The region the next call goes to; nothing without a workspace or while no host is chosen.
    std::optional<Region> target() const;

    // The "Send via" choice, the buddy of the row's label.
    QComboBox *viaCombo() const { return m_via; }

    // The region the first request goes to for `via`: Detected ("Workspace route") = the workspace's
    // firstHopRegion(): its forced route, else its detected region, else the US.
    static Region resolveVia(Via via, const Workspace &workspace);
    // What happens to a call of an account in `account` sent via the `target` host; empty when nothing
    // noteworthy (same region, or the account's region is not known).
    static QString routeWarning(Region account, Region target);
    // The note shown while the region is not verified and "Workspace route" is chosen.
    static QString unverifiedNote(Region target, bool automatic);
    // The note shown when the check failed and "Workspace route" is chosen; lastSeen: the stored region.
    static QString pickHostNote(Region lastSeen);

Q_SIGNALS:
    void viaChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();

    QComboBox *m_via;
    QLabel *m_target;
    QLabel *m_warning;
    std::optional<Workspace> m_workspace;
    std::optional<EndpointTable> m_endpoints;
    bool m_regionVerified = true;
};
