// Download: saves exactly the previewed text. A document with errors asks first and names the count;
// warnings never block.

import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import DownloadIcon from '@mui/icons-material/Download';
import { downloadCurrent } from './download-current.ts';
import { closeDownloadAsk, downloadAsk, startDownload } from './download-request.ts';
import { useOpenedOnce } from '../common/use-opened-once.ts';

export function DownloadButton() {
  const errors = downloadAsk.useValue();
  const dialogMounted = useOpenedOnce(errors > 0);
  return (
    <>
      <Button variant="contained" startIcon={<DownloadIcon />} onClick={startDownload} data-testid="download">
        Download
      </Button>
      {dialogMounted && (
        <Dialog open={errors > 0} onClose={closeDownloadAsk} data-testid="download-confirm-dialog">
          <DialogTitle>Download with {errors} error{errors === 1 ? '' : 's'}?</DialogTitle>
          <DialogContent>
            <DialogContentText>
              The document has {errors} error{errors === 1 ? '' : 's'} that the imaging tools would reject. You can download it anyway and
              finish it later; the Problems panel lists what to fix.
            </DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => closeDownloadAsk()} data-testid="download-cancel">
              Cancel
            </Button>
            <Button
              variant="contained"
              onClick={() => {
                closeDownloadAsk();
                void downloadCurrent();
              }}
              data-testid="download-anyway"
            >
              Download anyway
            </Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
