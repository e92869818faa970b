"""A stateful local emulator of Cloudflare RealtimeKit's REST API, driven by openapi.yaml."""
