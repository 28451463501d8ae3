// The QR code drawn once its encoder has loaded. The encoder is only fetched when a code is about
// to be shown (a participant's share screen, an open session), and its square box is reserved in
// the meantime so nothing moves when it appears.
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

interface Props {
  /** The text the code carries (a link). */
  text: string;
  /** What the code is, for assistive technology. */
  label: string;
  /** Extra class for sizing. */
  class?: string;
}

let loaded: ComponentType<Props> | null = null;

/** A QR code whose encoder loads on first use; the copyable link beside it works without it. */
export function LazyQrCode(props: Props) {
  const [QrCode, setQrCode] = useState<ComponentType<Props> | null>(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (QrCode) return;
    import('./QrCode')
      .then((module) => {
        loaded = module.QrCode;
        setQrCode(() => module.QrCode);
      })
      .catch(() => {
        setFailed(true);
      });
  }, []);
  if (QrCode) return <QrCode {...props} />;
  return (
    <div class={`qr qr-pending ${props.class ?? ''}`}>
      {failed && <p>The QR code could not be drawn; use the link instead.</p>}
    </div>
  );
}
