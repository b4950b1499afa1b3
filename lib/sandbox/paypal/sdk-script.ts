/*
 * The PayPal browser SDK stand-in served at /sandbox/paypal/sdk/js (see docs/sandbox-paypal.md).
 * Kept as plain ES2017 inside a raw string so it is served byte for byte, whatever the bundler
 * does to TypeScript. It must never contain a backtick or a dollar-brace sequence.
 */

const SOURCE = String.raw`/* Caisse — PayPal JS SDK stand-in (sandbox). Implements what @paypal/react-paypal-js's
   PayPalButtons calls: paypal.Buttons(options) → {isEligible, render, close, updateProps}.
   Served by the shop itself; no eval, no inline script, so it runs under the shop's CSP. */
(function () {
  "use strict";
  var script = document.currentScript;
  var src = new URL(script && script.src ? script.src : "/sandbox/paypal/sdk/js", window.location.href);
  var BASE = src.origin + src.pathname.replace(/\/sdk\/js\/?$/, "");
  var params = src.searchParams;
  var namespace = (script && script.getAttribute("data-namespace")) || "paypal";
  var list = function (name) {
    return (params.get(name) || "").split(",").map(function (s) { return s.trim().toLowerCase(); }).filter(Boolean);
  };
  var config = {
    clientId: params.get("client-id"),
    currency: (params.get("currency") || "USD").toUpperCase(),
    intent: (params.get("intent") || "capture").toLowerCase(),
    components: list("components").length ? list("components") : ["buttons"],
    enableFunding: list("enable-funding"),
    disableFunding: list("disable-funding"),
    locale: params.get("locale") || "fr_FR",
    commit: params.get("commit") !== "false",
    debug: params.get("debug") === "true"
  };
  if (!config.clientId) console.error("[PayPal sandbox] SDK Validation error: 'Expected client-id to be passed'");
  if (config.intent !== "capture") console.warn("[PayPal sandbox] only intent=capture is emulated; got " + config.intent);

  var FUNDING = {
    PAYPAL: "paypal", VENMO: "venmo", APPLEPAY: "applepay", ITAU: "itau", CREDIT: "credit", PAYLATER: "paylater",
    CARD: "card", IDEAL: "ideal", SEPA: "sepa", BANCONTACT: "bancontact", GIROPAY: "giropay", SOFORT: "sofort",
    EPS: "eps", MYBANK: "mybank", P24: "p24", BLIK: "blik", TRUSTLY: "trustly", OXXO: "oxxo", BOLETO: "boleto",
    WECHATPAY: "wechatpay", MERCADOPAGO: "mercadopago", MULTIBANCO: "multibanco", SATISPAY: "satispay", PAIDY: "paidy"
  };
  var EMULATED = ["paypal", "card"];
  var FLOW_PAUSE = { __paypalSandboxReject: true };

  function isFundingEligible(source) {
    return EMULATED.indexOf(source) >= 0 && config.disableFunding.indexOf(source) < 0;
  }
  function getFundingSources() {
    return Object.keys(FUNDING).map(function (k) { return FUNDING[k]; });
  }

  function el(tag, styles, attrs, text) {
    var node = document.createElement(tag);
    if (styles) Object.keys(styles).forEach(function (k) { node.style[k] = styles[k]; });
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text) node.textContent = text;
    return node;
  }

  function report(err, options) {
    var error = err instanceof Error ? err : new Error(String(err && err.message ? err.message : err));
    if (options && typeof options.onError === "function") {
      try { options.onError(error); } catch (e) { console.error(e); }
    } else {
      console.error("[PayPal sandbox]", error);
    }
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin", cache: "no-store", headers: { accept: "application/json" } }).then(function (r) {
      if (!r.ok) throw new Error("PayPal sandbox: " + url + " answered " + r.status);
      return r.json();
    });
  }
  var statusUrl = function (orderID) { return BASE + "/checkout/" + encodeURIComponent(orderID) + "/status"; };

  /* ---- the overlay shown while the PayPal window is open (or when the browser blocked it) ---- */
  function Overlay(onContinue, onClose) {
    var root = el("div", {
      position: "fixed", inset: "0", zIndex: "2147483647", background: "rgba(0,0,0,0.8)", display: "flex",
      alignItems: "center", justifyContent: "center", fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif"
    }, { role: "dialog", "aria-modal": "true", "aria-labelledby": "paypal-sandbox-overlay-title", "data-paypal-sandbox-overlay": "" });
    var box = el("div", { maxWidth: "360px", textAlign: "center", color: "#fff", padding: "24px" });
    var logo = el("div", { fontSize: "28px", fontWeight: "800", fontStyle: "italic", marginBottom: "16px" });
    logo.appendChild(el("span", { color: "#fff" }, null, "Pay"));
    logo.appendChild(el("span", { color: "#9cd9f5" }, null, "Pal"));
    var title = el("p", { fontSize: "16px", lineHeight: "1.5", margin: "0 0 20px" }, { id: "paypal-sandbox-overlay-title" });
    var button = el("button", {
      background: "transparent", color: "#fff", border: "0", fontSize: "16px", fontWeight: "700",
      textDecoration: "underline", cursor: "pointer", padding: "8px"
    }, { type: "button" });
    var close = el("button", {
      position: "absolute", top: "16px", right: "20px", background: "transparent", color: "#fff", border: "0",
      fontSize: "32px", lineHeight: "1", cursor: "pointer"
    }, { type: "button", "aria-label": "Fermer la fenêtre PayPal et annuler" }, "×");
    var note = el("p", { fontSize: "12px", opacity: "0.8", marginTop: "20px" }, null, "Environnement de test (bac à sable) : aucun paiement réel.");
    box.appendChild(logo); box.appendChild(title); box.appendChild(button); box.appendChild(note);
    root.appendChild(close); root.appendChild(box);
    button.addEventListener("click", function () { onContinue(); });
    close.addEventListener("click", function () { onClose(); });
    root.addEventListener("keydown", function (e) { if (e.key === "Escape") onClose(); });
    this.setMode = function (blocked) {
      title.textContent = blocked
        ? "Votre navigateur a bloqué la fenêtre sécurisée de PayPal. Ouvrez-la pour finaliser votre paiement."
        : "Vous ne voyez pas la fenêtre sécurisée de PayPal ? Nous allons vous aider à la rouvrir pour finaliser votre paiement.";
      button.textContent = blocked ? "Ouvrir la fenêtre PayPal" : "Cliquez pour continuer";
    };
    this.show = function () {
      if (!root.parentNode) document.body.appendChild(root);
      try { button.focus(); } catch (e) { /* focus is best effort */ }
    };
    this.remove = function () { if (root.parentNode) root.parentNode.removeChild(root); };
  }

  var POPUP_FEATURES = function () {
    var w = 500, h = 690;
    var left = Math.max(0, Math.round((window.screenX || 0) + ((window.outerWidth || w) - w) / 2));
    var top = Math.max(0, Math.round((window.screenY || 0) + ((window.outerHeight || h) - h) / 2));
    return "popup=yes,width=" + w + ",height=" + h + ",left=" + left + ",top=" + top;
  };

  function openPopup(url) {
    var popup = null;
    try { popup = window.open(url || "", "caisse_paypal_sandbox", POPUP_FEATURES()); } catch (e) { popup = null; }
    if (!popup || popup.closed) return null;
    if (!url) {
      try {
        popup.document.title = "PayPal (bac à sable)";
        popup.document.body.style.fontFamily = "system-ui, sans-serif";
        popup.document.body.style.textAlign = "center";
        popup.document.body.style.marginTop = "40vh";
        popup.document.body.textContent = "Connexion à PayPal…";
      } catch (e) { /* cosmetic only */ }
    }
    return popup;
  }

  /* ---- one buyer session on one order: the window, the polling, the callbacks ---- */
  function Session(options, source, onDone) {
    var self = this;
    var popup = null, overlay = null, timer = null, finished = false, orderID = null, baseline = 0, closedPolls = 0;
    var url = function () { return BASE + "/checkout/" + encodeURIComponent(orderID) + "?popup=1&source=" + encodeURIComponent(source); };

    function cleanup() {
      finished = true;
      if (timer) clearInterval(timer);
      timer = null;
      window.removeEventListener("message", onMessage);
      if (overlay) overlay.remove();
      if (popup && !popup.closed) { try { popup.close(); } catch (e) { /* already gone */ } }
      onDone(self);
    }
    this.cancelAll = function () { if (!finished) cleanup(); };
    this.focus = function () { if (popup && !popup.closed) popup.focus(); };

    function showOverlay(blocked) {
      overlay = overlay || new Overlay(function () {
        if (popup && !popup.closed) { popup.focus(); return; }
        popup = openPopup(url());
        if (popup) overlay.setMode(false);
      }, function () { finish({ outcome: "cancelled" }); });
      overlay.setMode(blocked);
      overlay.show();
    }

    function onMessage(event) {
      // Only our own approval page, on our own origin, may nudge us; what it says is re-read from the server.
      if (event.origin !== window.location.origin) return;
      var data = event.data;
      if (!data || data.source !== "caisse-paypal-sandbox" || data.orderID !== orderID) return;
      poll();
    }

    function finish(status) {
      if (finished) return;
      var id = orderID;
      cleanup();
      if (status.outcome === "approved") {
        var data = { orderID: id, payerID: status.payerID, paymentID: null, billingToken: null, facilitatorAccessToken: "A21AA-sandbox-facilitator", paymentSource: source };
        var actions = {
          order: {
            get: function () { return getJson(statusUrl(id)); },
            capture: function () { return Promise.reject(new Error("PayPal sandbox: capture the order on your server (POST /v2/checkout/orders/" + id + "/capture).")); },
            authorize: function () { return Promise.reject(new Error("PayPal sandbox: intent=authorize is not emulated.")); },
            patch: function () { return Promise.reject(new Error("PayPal sandbox: order PATCH is not emulated.")); }
          },
          restart: function () { return startSession(options, source, id, null); },
          redirect: function (to) { window.location.assign(to); }
        };
        if (typeof options.onApprove !== "function") return;
        Promise.resolve().then(function () { return options.onApprove(data, actions); }).catch(function (err) { report(err, options); });
      } else if (typeof options.onCancel === "function") {
        Promise.resolve().then(function () { return options.onCancel({ orderID: id }, { redirect: function (to) { window.location.assign(to); } }); })
          .catch(function (err) { report(err, options); });
      }
    }

    function poll() {
      if (finished || !orderID) return;
      var closed = !popup || popup.closed;
      getJson(statusUrl(orderID)).then(function (status) {
        if (finished) return;
        if (status.seq > baseline && status.outcome) { finish(status); return; }
        // The buyer closed the window without choosing: PayPal reports that as a cancel.
        if (closed && popup) { closedPolls += 1; if (closedPolls >= 2) finish({ outcome: "cancelled" }); }
      }).catch(function (err) { if (!finished) { cleanup(); report(err, options); } });
    }

    this.start = function (existingOrderID) {
      // The window opens in the click itself (a popup opened later would be blocked), then goes to PayPal.
      popup = openPopup();
      var ready = existingOrderID ? Promise.resolve(existingOrderID) : self.createOrder();
      return ready.then(function (id) {
        if (finished) return;
        if (!id || typeof id !== "string") throw new Error("Expected an order id to be passed");
        orderID = id;
        return getJson(statusUrl(id)).then(function (status) {
          baseline = status.seq || 0;
          window.addEventListener("message", onMessage);
          if (popup && !popup.closed) {
            popup.location.href = url();
            showOverlay(false);
          } else {
            popup = null;
            showOverlay(true);
          }
          timer = setInterval(poll, 1000);
        });
      }).catch(function (err) {
        if (!finished) cleanup();
        if (err !== FLOW_PAUSE) report(err, options);
      });
    };

    this.createOrder = function () {
      if (typeof options.createOrder !== "function") return Promise.reject(new Error("PayPal sandbox: createOrder is required (server-side order creation)."));
      var actions = { order: { create: function () { return Promise.reject(new Error("PayPal sandbox: create the order on your server (POST /v2/checkout/orders).")); } } };
      return Promise.resolve().then(function () { return options.createOrder({ paymentSource: source }, actions); });
    };
  }

  /* Sessions in progress, page-wide (one buyer flow at a time) and per Buttons instance (what close() ends). */
  var sessions = [];
  function track(session, own) {
    sessions.push(session);
    if (own) own.push(session);
  }
  function untrack(session, own) {
    sessions = sessions.filter(function (x) { return x !== session; });
    if (own) { var i = own.indexOf(session); if (i >= 0) own.splice(i, 1); }
  }
  function startSession(options, source, existingOrderID, own) {
    var session = new Session(options, source, function (s) { untrack(s, own); });
    track(session, own);
    return session.start(existingOrderID);
  }

  /* ---- the buttons ---- */
  /* "Pal" in PayPal's blues, darkened or lightened to reach 4.5:1 on each background (WCAG AA). */
  var COLORS = {
    gold: { background: "#FFC439", color: "#003087", pal: "#00579C" },
    blue: { background: "#0070BA", color: "#FFFFFF", pal: "#E6F4FC" },
    silver: { background: "#EEEEEE", color: "#003087", pal: "#00579C" },
    white: { background: "#FFFFFF", color: "#003087", pal: "#00579C", border: "1px solid #555" },
    black: { background: "#2C2E2F", color: "#FFFFFF", pal: "#CDEBFA" }
  };

  function Buttons(options) {
    options = options || {};
    var fundingSource = options.fundingSource ? String(options.fundingSource).toLowerCase() : null;
    var style = options.style || {};
    var sources = fundingSource ? [fundingSource] : EMULATED.filter(isFundingEligible);
    var state = { enabled: true, root: null, container: null };
    var own = [];

    function isEligible() {
      return fundingSource ? isFundingEligible(fundingSource) : sources.length > 0;
    }

    function button(source) {
      var height = Math.min(55, Math.max(25, Number(style.height) || 45));
      var radius = style.borderRadius != null ? style.borderRadius + "px" : style.shape === "pill" ? height / 2 + "px" : style.shape === "sharp" ? "0" : "4px";
      var palette = source === "card" ? COLORS.black : COLORS[style.color] || COLORS.gold;
      var b = el("button", {
        display: "flex", alignItems: "center", justifyContent: "center", gap: "8px", width: "100%",
        minHeight: height + "px", borderRadius: radius, border: palette.border || "0", background: palette.background,
        color: palette.color, cursor: "pointer", fontFamily: "system-ui, -apple-system, 'Segoe UI', sans-serif",
        fontSize: "16px", fontWeight: "600", padding: "0 16px", boxSizing: "border-box", marginBottom: "10px"
      }, {
        type: "button", "data-funding-source": source,
        "aria-label": source === "card" ? "Payer par carte bancaire via PayPal, sans compte (bac à sable)" : "Payer avec PayPal (bac à sable)"
      });
      if (source === "card") {
        var card = el("span", { display: "inline-block", width: "22px", height: "15px", border: "2px solid currentColor", borderRadius: "3px", boxSizing: "border-box", position: "relative" }, { "aria-hidden": "true" });
        card.appendChild(el("span", { position: "absolute", left: "0", right: "0", top: "3px", height: "3px", background: "currentColor" }));
        b.appendChild(card);
        b.appendChild(el("span", null, null, "Carte bancaire"));
      } else {
        var label = style.label && style.label !== "paypal" ? { checkout: "Payer avec", buynow: "Acheter avec", pay: "Payer avec" }[style.label] : null;
        if (label) b.appendChild(el("span", { fontWeight: "500" }, null, label));
        var logo = el("span", { fontStyle: "italic", fontWeight: "800", fontSize: "20px", letterSpacing: "-0.5px" }, { "aria-hidden": "true" });
        logo.appendChild(el("span", { color: palette.color }, null, "Pay"));
        logo.appendChild(el("span", { color: palette.pal }, null, "Pal"));
        b.appendChild(logo);
      }
      b.addEventListener("click", function (event) {
        event.preventDefault();
        onButtonClick(source);
      });
      return b;
    }

    function onButtonClick(source) {
      if (sessions.length) { sessions[0].focus(); return; }
      var clickActions = { resolve: function () { return Promise.resolve(true); }, reject: function () { return Promise.resolve(FLOW_PAUSE); } };
      var clickResult;
      try {
        clickResult = typeof options.onClick === "function" ? options.onClick({ fundingSource: source }, clickActions) : undefined;
      } catch (err) { report(err, options); return; }
      // A synchronous "no" or a disabled button stops here, before any window opens.
      if (clickResult === false || !state.enabled) return;
      if (clickResult && typeof clickResult.then === "function") {
        // The window must open within the click: open it now, and close it if onClick says no.
        var session = new Session(options, source, function (s) { untrack(s, own); });
        var original = session.createOrder;
        session.createOrder = function () {
          return Promise.resolve(clickResult).then(function (r) {
            if (r === false || r === FLOW_PAUSE) throw FLOW_PAUSE;
            return original();
          });
        };
        track(session, own);
        session.start(null);
        return;
      }
      startSession(options, source, null, own);
    }

    function render(target) {
      return new Promise(function (resolve, reject) {
        var container = typeof target === "string" ? document.querySelector(target) : target;
        if (!container) { reject(new Error("Document is ready and element " + target + " does not exist")); return; }
        if (!isEligible()) { reject(new Error("Instance not eligible")); return; }
        var root = el("div", { display: "flex", flexDirection: "column", width: "100%", minWidth: "150px", maxWidth: style.disableMaxWidth ? "none" : "750px" },
          { "data-paypal-sandbox-buttons": "", "data-funding-source": fundingSource || "all" });
        sources.forEach(function (s) { root.appendChild(button(s)); });
        root.appendChild(el("p", { margin: "0", fontSize: "11px", color: "#4b5563", textAlign: "center", fontFamily: "system-ui, sans-serif" },
          { "data-paypal-sandbox-mark": "" }, "PayPal (bac à sable) : environnement de test, aucun paiement réel"));
        container.appendChild(root);
        state.root = root;
        state.container = container;
        if (typeof options.onInit === "function") {
          var actions = {
            enable: function () { state.enabled = true; return Promise.resolve(); },
            disable: function () { state.enabled = false; return Promise.resolve(); }
          };
          try { options.onInit({}, actions); } catch (err) { report(err, options); }
        }
        resolve();
      });
    }

    function close() {
      own.slice().forEach(function (s) { s.cancelAll(); });
      if (state.root && state.root.parentNode) state.root.parentNode.removeChild(state.root);
      state.root = null;
      return Promise.resolve();
    }

    return {
      isEligible: isEligible,
      render: render,
      close: close,
      updateProps: function () { return Promise.resolve(); },
      hasReturned: function () { return false; },
      resume: function () { return Promise.resolve(); }
    };
  }

  function Marks(options) {
    var source = options && options.fundingSource ? String(options.fundingSource).toLowerCase() : null;
    return {
      isEligible: function () { return source ? isFundingEligible(source) : true; },
      render: function (target) {
        var container = typeof target === "string" ? document.querySelector(target) : target;
        if (container) container.appendChild(el("span", { fontStyle: "italic", fontWeight: "800", color: "#003087" }, null, source === "card" ? "Carte bancaire" : "PayPal"));
        return Promise.resolve();
      }
    };
  }

  window[namespace] = {
    version: "5.0.0-caisse-sandbox",
    FUNDING: FUNDING,
    Buttons: Buttons,
    Marks: Marks,
    Messages: function () { return { render: function () { return Promise.resolve(); } }; },
    getFundingSources: getFundingSources,
    isFundingEligible: isFundingEligible,
    rememberFunding: function () {},
    getCorrelationID: function () { return "sandbox"; },
    __caisseSandbox: { base: BASE, config: config }
  };
})();
`;

export function paypalSdkScript(): string {
  return SOURCE;
}
