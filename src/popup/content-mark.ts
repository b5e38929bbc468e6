/** The user-timing mark the popup sets once its first render showed content (main.tsx; read by the bench). */
export const POPUP_CONTENT_MARK = 'ai-origin:popup-content';
