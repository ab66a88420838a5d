// BrowserUI
