#pragma once

// The options of a ConsoleSession for a test: settings and request log in a temporary home, keys in the
// test's store, the endpoint table of the test's sandbox.
#include "consolesession.h"
#include "support/testhome.h"

inline ConsoleSession::Options sessionOptions(const TestHome &home, CredentialStore *store,
                                              const EndpointTable &endpoints)
{
    ConsoleSession::Options options;
    options.settingsPath = home.settingsPath();
    options.logPath = home.logPath();
    options.credentialStore = store;
    options.endpoints = endpoints;
    return options;
}
