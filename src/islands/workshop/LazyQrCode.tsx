// The QR code, whose encoder is fetched only when a code is about to be shown (a participant's share
// screen, an open session). Its square box is reserved meanwhile, so nothing moves when it appears;
// the copyable link beside it works without it.
import { lazyComponent } from '../shared/lazy';

export const LazyQrCode = lazyComponent(() => import('./QrCode').then((m) => m.QrCode), {
  what: 'the QR code',
  pending: (props) => <div class={`qr qr-pending ${props.class ?? ''}`} />,
});
